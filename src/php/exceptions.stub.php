<?php

/** @generate-class-entries */

namespace Calbook;

/** Every exception calbook throws implements this interface. */
interface Exception extends \Throwable
{
}

/** A value handed to calbook is not acceptable; nothing was sent. */
class InvalidArgumentException extends \InvalidArgumentException implements Exception
{
}

/** Something went wrong at run time. */
class RuntimeException extends \RuntimeException implements Exception
{
}

/** The network failed: DNS, connect, TLS, timeout or a dropped connection. */
class TransportException extends RuntimeException
{
    private bool $mayHaveReachedServer = true;
    private int $curlCode = 0;
    private int $attempts = 1;

    /** False only when the request provably never left this process (it could not connect). */
    public function mayHaveReachedServer(): bool {}

    public function getCurlCode(): int {}

    public function getAttempts(): int {}
}

/** Cal.com answered with an error status. */
class ApiException extends RuntimeException
{
    private int $status = 0;
    private ?string $errorCode = null;
    private mixed $details = null;
    private ?string $requestId = null;

    public function getStatus(): int {}

    /** Cal.com's error code, e.g. "NotFoundException" or "BAD_REQUEST"; null for the raw 500 shape. */
    public function getErrorCode(): ?string {}

    public function getDetails(): mixed {}

    public function getRequestId(): ?string {}
}

/** HTTP 429: the API key's rate limit is exhausted. */
class RateLimitException extends ApiException
{
    private ?int $retryAfter = null;

    /** Seconds until the limit resets, from X-RateLimit-Reset-*; null when the response did not say. */
    public function getRetryAfter(): ?int {}
}

/** HTTP 404. */
class NotFoundException extends ApiException
{
}

/** The response could not be parsed, or was larger than allowed. */
class InvalidResponseException extends RuntimeException
{
}

/** A webhook's signature did not match. */
class SignatureException extends RuntimeException
{
}
