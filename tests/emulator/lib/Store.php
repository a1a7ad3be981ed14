<?php
/*
 * State of the Cal.com emulator, shared by every process that opens the same state path.
 *
 * Files (all beside the state path, guarded by one flock on "<path>.lock"):
 *   <path>            the data: users, team, event types, bookings, webhooks, reservations.
 *                     Written only when a request changes it.
 *   <path>.meta       small and written on every request: configuration, faults still to
 *                     apply, rate-limit trackers, counters, and the generation of <path>.
 *   <path>.log        the request log, one JSON object a line (appended).
 *   <path>.deliveries the webhook delivery log, likewise.
 * A process keeps the decoded data in memory and reloads it only when the generation in
 * <path>.meta differs from the one it last read or wrote, so reads stay cheap however many
 * bookings exist.
 */

declare(strict_types=1);

namespace CalbookEmulator;

final class Store
{
    public array $data = [];
    public array $meta = [];
    private string $path;
    private $lock = null;
    private ?string $dataGen = null;
    private bool $dataDirty = false;
    private bool $metaDirty = false;
    private int $depth = 0;

    public function __construct(string $path)
    {
        $this->path = $path;
    }

    public function path(): string
    {
        return $this->path;
    }

    /**
     * Runs $fn with the state loaded and locked; saves what changed. Re-entrant.
     * @template T
     * @param callable(Store): T $fn
     * @return T
     */
    public function transaction(callable $fn)
    {
        if ($this->depth > 0) {
            return $fn($this);
        }
        $this->lock = fopen($this->path . '.lock', 'c');
        if ($this->lock === false) {
            throw new \RuntimeException('cannot open the lock file of ' . $this->path);
        }
        flock($this->lock, LOCK_EX);
        $this->depth++;
        try {
            $this->load();
            $result = $fn($this);
            $this->save();
            return $result;
        } catch (\Throwable $e) {
            // Whatever the failed request changed in memory is dropped: reload next time.
            $this->dataGen = null;
            throw $e;
        } finally {
            $this->depth--;
            flock($this->lock, LOCK_UN);
            fclose($this->lock);
            $this->lock = null;
            $this->dataDirty = false;
            $this->metaDirty = false;
        }
    }

    public function touchData(): void
    {
        $this->dataDirty = true;
        $this->metaDirty = true;
    }

    public function touchMeta(): void
    {
        $this->metaDirty = true;
    }

    /** Appends to the request log ("log") or the webhook delivery log ("deliveries"). */
    public function appendLog(array $entry, string $name = 'log'): void
    {
        file_put_contents($this->path . '.' . $name, json_encode($entry, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) . "\n", FILE_APPEND);
    }

    /** @return list<array> */
    public function readLog(string $name = 'log'): array
    {
        $out = [];
        $raw = @file_get_contents($this->path . '.' . $name);
        if ($raw === false || $raw === '') {
            return $out;
        }
        foreach (explode("\n", rtrim($raw, "\n")) as $line) {
            $entry = json_decode($line, true);
            if (is_array($entry)) {
                $out[] = $entry;
            }
        }
        return $out;
    }

    public function clearLog(): void
    {
        file_put_contents($this->path . '.log', '');
        @unlink($this->path . '.deliveries');
    }

    /** Removes every file of this state. */
    public function destroy(): void
    {
        foreach (['', '.meta', '.log', '.deliveries', '.lock'] as $suffix) {
            @unlink($this->path . $suffix);
        }
    }

    private function load(): void
    {
        $metaRaw = @file_get_contents($this->path . '.meta');
        $meta = is_string($metaRaw) && $metaRaw !== '' ? json_decode($metaRaw, true) : null;
        if (!is_array($meta)) {
            // A fresh state: seed it.
            $this->meta = Seed::meta();
            $this->data = Seed::data();
            $this->touchData();
            return;
        }
        $this->meta = $meta;
        $gen = (string) ($meta['gen'] ?? '');
        if ($gen !== $this->dataGen) {
            $raw = @file_get_contents($this->path);
            $data = is_string($raw) && $raw !== '' ? json_decode($raw, true) : null;
            if (!is_array($data)) {
                $data = Seed::data();
                $this->dataDirty = true;
                $this->metaDirty = true;
            }
            $this->data = $data;
            $this->dataGen = $gen;
        }
    }

    private function save(): void
    {
        if ($this->dataDirty) {
            $gen = bin2hex(random_bytes(8));
            $this->meta['gen'] = $gen;
            file_put_contents($this->path, json_encode($this->data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE));
            $this->dataGen = $gen;
        }
        if ($this->metaDirty) {
            file_put_contents($this->path . '.meta', json_encode($this->meta, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE));
        }
    }
}
