<?php

namespace Calbook\Laravel\Contracts;

/** What the 'calbook' binding offers to resolve connections (Calbook\Laravel\CalbookManager). */
interface Factory
{
    public function connection(?string $name = null): Connection;

    public function forCompany(int|string $companyId): Connection;
}
