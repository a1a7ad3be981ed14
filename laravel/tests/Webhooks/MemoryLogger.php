<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Webhooks;

use Psr\Log\AbstractLogger;

/** Keeps log records for assertions (bound as Psr\Log\LoggerInterface in a test). */
final class MemoryLogger extends AbstractLogger
{
    /** @var list<array{level: string, message: string, context: array<string, mixed>}> */
    public array $records = [];

    public function log($level, \Stringable|string $message, array $context = []): void
    {
        $this->records[] = ['level' => (string) $level, 'message' => (string) $message, 'context' => $context];
    }

    /** @return list<array{level: string, message: string, context: array<string, mixed>}> */
    public function matching(string $level, string $needle): array
    {
        return array_values(array_filter($this->records,
            static fn (array $r) => $r['level'] === $level && str_contains($r['message'], $needle)));
    }

    public function dump(): string
    {
        return json_encode($this->records, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR) ?: '';
    }
}
