<?php

namespace Calbook\Laravel\Testing;

use Calbook\Laravel\Exceptions\CalbookLaravelException;

/** A call under Calbook::fake()->preventStrayRequests() that no stub answers. */
final class StrayRequestException extends \RuntimeException implements CalbookLaravelException
{
}
