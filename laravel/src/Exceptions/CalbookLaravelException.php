<?php

namespace Calbook\Laravel\Exceptions;

/** Marker of every exception thrown by calbook/laravel itself (the client's are Calbook\Exception). */
interface CalbookLaravelException extends \Throwable
{
}
