<?php

/** @generate-class-entries */

namespace Calbook;

/**
 * Cal.com webhook deliveries: signature check (X-Cal-Signature-256) and parsing.
 *
 * @strict-properties
 * @not-serializable
 */
final class Webhook
{
    private function __construct() {}

    public static function verify(string $rawBody, string $signature, #[\SensitiveParameter] string $secret): bool {}

    public static function parse(string $rawBody, string $signature, #[\SensitiveParameter] string $secret): array {}
}
