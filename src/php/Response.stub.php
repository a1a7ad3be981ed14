<?php

/** @generate-class-entries */

namespace Calbook;

/**
 * One HTTP response from Cal.com. Read like Laravel's Illuminate\Http\Client\Response.
 *
 * @strict-properties
 * @not-serializable
 */
final class Response
{
    /** Headers: name => value, or name => list of values. */
    public function __construct(int $status, string $body = "", array $headers = []) {}

    public function status(): int {}

    public function successful(): bool {}

    public function ok(): bool {}

    public function failed(): bool {}

    public function clientError(): bool {}

    public function serverError(): bool {}

    public function body(): string {}

    public function json(?string $key = null, mixed $default = null): mixed {}

    public function data(): mixed {}

    public function header(string $name): ?string {}

    /** @return array<string, array> lower-cased name => list of values */
    public function headers(): array {}

    public function throw(): static {}
}
