<?php

/*
 * calbook/laravel configuration. Publish with
 *   php artisan vendor:publish --tag=calbook-config
 * Every value can come from the environment; the README of the package lists them.
 */

return [

    /*
     * The connection used by Calbook::connection() without a name, and by the drop-in
     * CalcomV2Client when it is built without a company.
     */
    'default' => env('CALBOOK_CONNECTION', 'default'),

    /*
     * Named connections. Each becomes one Calbook\Client per worker process, kept across
     * requests and jobs (a forked child builds its own). Keys:
     *   api_key         required (a connection without a key is refused when used)
     *   base_url        default https://api.cal.com/v2
     *   team_id         team for event types and memberships; also maps webhooks of this team here
     *   organization_id maps webhooks of this organisation here
     *   webhook_secret  the secret Cal.com signs this connection's webhooks with
     *   options         any other Calbook\Client option (timeout_ms, connect_timeout_ms,
     *                   max_retries, max_response_bytes, api_versions, user_agent, ca_file,
     *                   persistent)
     */
    'connections' => [
        'default' => [
            'api_key' => env('CALCOM_API_KEY'),
            'base_url' => env('CALCOM_BASE_URL', 'https://api.cal.com/v2'),
            'team_id' => env('CALCOM_TEAM_ID'),
            'organization_id' => env('CALCOM_ORGANIZATION_ID'),
            'webhook_secret' => env('CALCOM_WEBHOOK_SECRET'),
            'options' => [
                'timeout_ms' => (int) env('CALCOM_TIMEOUT_MS', 10000),
            ],
        ],
    ],

    /*
     * Many tenants (one Cal.com account or team per company).
     *   companies  company id => connection name (static mapping), e.g. [42 => 'salon-42']
     *   cache_ttl  seconds a tenant resolved by Calbook::resolveTenantsUsing() is cached
     *              (the cache entry holds the key: use an encrypted or private cache store)
     *   cache_store the cache store for resolved tenants (null: the default store)
     *   base_url / options: used for tenants from the resolver
     * An unknown company throws Calbook\Laravel\Exceptions\UnknownTenantException: there is no
     * default tenant.
     */
    'tenants' => [
        'companies' => [],
        'cache_ttl' => (int) env('CALBOOK_TENANT_CACHE_TTL', 300),
        'cache_store' => env('CALBOOK_TENANT_CACHE_STORE'),
        'base_url' => env('CALCOM_BASE_URL', 'https://api.cal.com/v2'),
        'options' => [],
    ],

    /*
     * Log channel for the client's per-attempt log lines (method, path template, status,
     * duration, attempt; never bodies, ids or the key). null: no client logging. Define the
     * channel in config/logging.php, e.g. 'calcom' => ['driver' => 'daily', 'path' => storage_path('logs/calcom.log')].
     */
    'log_channel' => env('CALBOOK_LOG_CHANNEL'),

    /*
     * Fire CalcomRequestSending / CalcomResponseReceived / CalcomRequestFailed for every call.
     */
    'events' => (bool) env('CALBOOK_EVENTS', true),

    /*
     * calbook:doctor: the largest clock difference to Cal.com's Date header that passes.
     */
    'doctor' => [
        'max_clock_skew_s' => (int) env('CALBOOK_MAX_CLOCK_SKEW', 60),
    ],

    /*
     * Webhooks (filled in by the integration part of the package).
     */
    'webhooks' => [
    ],

    /*
     * Host to staff mapping (filled in by the integration part of the package).
     */
    'host_mapping' => [
    ],

    /*
     * Backfill of staff assignments (filled in by the integration part of the package).
     */
    'backfill' => [
    ],

];
