<?php

namespace Calbook\Laravel\Logging;

use Psr\Log\LoggerInterface;

/**
 * The logger handed to a Calbook\Client (its `logger` option). It counts the HTTP attempts and
 * retries of the call in progress (for the Calcom* events) and forwards every entry to the
 * configured log channel (config('calbook.log_channel')), if any.
 *
 * The client's entries carry method, path template, status, duration_ms, attempt, request_id and
 * connection, never ids, bodies or the key (the extension's README, "Logging"), so they are
 * forwarded as they are.
 */
final class AttemptLog
{
    private int $attempts = 0;
    private int $retries = 0;
    private ?string $requestId = null;

    public function __construct(private ?LoggerInterface $channel = null)
    {
    }

    public function __invoke(string $level, string $message, array $context = []): void
    {
        if (array_key_exists('duration_ms', $context)) {
            $this->attempts++;
            if (isset($context['request_id']) && is_string($context['request_id'])) {
                $this->requestId = $context['request_id'];
            }
        } elseif (array_key_exists('wait_ms', $context)) {
            $this->retries++;
        }
        if ($this->channel === null) {
            return;
        }
        $this->channel->log($level, $message, $context);
    }

    /** Clears the counters before a call. */
    public function begin(): void
    {
        $this->attempts = 0;
        $this->retries = 0;
        $this->requestId = null;
    }

    public function attempts(): int
    {
        return $this->attempts;
    }

    public function retries(): int
    {
        return $this->retries;
    }

    public function requestId(): ?string
    {
        return $this->requestId;
    }

    public function hasChannel(): bool
    {
        return $this->channel !== null;
    }
}
