<?php

namespace Calbook\Laravel\Exceptions;

/** An assertion (assertSent...) was called without Calbook::fake(). */
class NotFakedException extends \LogicException implements CalbookLaravelException
{
}
