<?php

namespace Calbook\Laravel\Testing;

use Calbook\Response;

/**
 * Responses handed out in order: Calbook::sequence()->push(['id' => 1], 201)->pushStatus(500).
 * When it runs out it throws, unless whenEmpty() gave a response for the rest.
 */
final class ResponseSequence
{
    /** @var list<Response|\Throwable|callable> */
    private array $items = [];
    private mixed $whenEmpty = null;
    private bool $hasWhenEmpty = false;

    public function __construct(array $responses = [])
    {
        foreach ($responses as $r) {
            $this->items[] = CalbookFake::toResponse($r);
        }
    }

    public function push(array|string|null $body = null, int $status = 200, array $headers = []): self
    {
        $this->items[] = CalbookFake::response($body ?? [], $status, $headers);
        return $this;
    }

    public function pushStatus(int $status, array $headers = []): self
    {
        $this->items[] = CalbookFake::response('', $status, $headers);
        return $this;
    }

    public function pushResponse(Response|\Throwable|callable $response): self
    {
        $this->items[] = $response;
        return $this;
    }

    public function whenEmpty(Response|\Throwable|callable|array|string $response): self
    {
        $this->whenEmpty = CalbookFake::toResponse($response);
        $this->hasWhenEmpty = true;
        return $this;
    }

    public function dontFailWhenEmpty(): self
    {
        return $this->whenEmpty(CalbookFake::response([]));
    }

    public function isEmpty(): bool
    {
        return $this->items === [];
    }

    /** @internal */
    public function next(): Response|\Throwable|callable
    {
        if ($this->items !== []) {
            return array_shift($this->items);
        }
        if ($this->hasWhenEmpty) {
            return $this->whenEmpty;
        }
        throw new \OutOfBoundsException('calbook fake: a response sequence ran out of responses');
    }
}
