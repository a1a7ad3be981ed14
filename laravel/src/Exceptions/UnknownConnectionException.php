<?php

namespace Calbook\Laravel\Exceptions;

/** Calbook::connection('name') for a name that config('calbook.connections') does not have. */
class UnknownConnectionException extends ConfigurationException
{
}
