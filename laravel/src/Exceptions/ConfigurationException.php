<?php

namespace Calbook\Laravel\Exceptions;

/** A connection or tenant is configured wrongly (no api_key, an unknown connection name...). */
class ConfigurationException extends \InvalidArgumentException implements CalbookLaravelException
{
}
