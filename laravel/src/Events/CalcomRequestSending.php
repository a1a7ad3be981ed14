<?php

namespace Calbook\Laravel\Events;

/** Fired before a Connection call goes out (also under Calbook::fake()). */
final class CalcomRequestSending
{
    public function __construct(public readonly CallInfo $call)
    {
    }
}
