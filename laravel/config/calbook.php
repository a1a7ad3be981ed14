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
     * One Cal.com rate-limit budget per API key, shared by every client (option 'rate_limiter'):
     *   null      none: each client keeps its own per-process behaviour
     *   'redis'   Calbook\Laravel\RateLimit\RedisRateLimiter: one budget for every process and
     *             machine using the Redis connection below; while Redis is unreachable each
     *             process falls back to its own budget (one warning in the log) and tries Redis
     *             again every retry_s seconds
     *   'memory'  Calbook\Laravel\RateLimit\MemoryRateLimiter: a budget per process
     *   a container binding or class name of your own Calbook\RateLimiter
     */
    'rate_limiter' => env('CALBOOK_RATE_LIMITER'),

    /*
     * The budget's rules (Cal.com: 120 requests per 60 s per API key, then the key is blocked).
     *   limit        requests per window; replaced by Cal.com's X-RateLimit-Limit-Default when it answers
     *   window_s     the window in seconds
     *   batch_share  the part of each window background calls (backfill, getBookings, getBookingsByUid)
     *                may fill; every call, live or background, also fits in the whole window
     *   margin       requests per window never granted (in-flight requests, latency)
     *   batch_burst  background calls are paced, one every window / (their part of it), at most
     *                this many at once: the backfill reaches Cal.com evenly, not in a burst per window
     *   prefix       of the Redis keys ("{prefix}{key id}:log" / ":state"; the key id is a hash,
     *                never the API key; every key has a TTL)
     *   retry_s      while Redis is down, how often it is tried again
     *   redis        connection: a connection of config/database.php ('redis'); timeout_s and
     *                read_timeout_s replace its timeouts for the limiter, so that a dead Redis
     *                never holds up a call for long
     */
    'rate_limit' => [
        'limit' => (int) env('CALBOOK_RATE_LIMIT', 120),
        'window_s' => (int) env('CALBOOK_RATE_LIMIT_WINDOW', 60),
        'batch_share' => (float) env('CALBOOK_RATE_LIMIT_BATCH_SHARE', 0.7),
        'margin' => (int) env('CALBOOK_RATE_LIMIT_MARGIN', 2),
        'batch_burst' => (int) env('CALBOOK_RATE_LIMIT_BATCH_BURST', 3),
        'prefix' => env('CALBOOK_RATE_LIMIT_PREFIX', 'calbook:rl:'),
        'retry_s' => 5,
        'redis' => [
            'connection' => env('CALBOOK_RATE_LIMIT_REDIS', 'default'),
            'timeout_s' => 0.25,
            'read_timeout_s' => 0.25,
        ],
    ],

    /*
     * Fire CalcomRequestSending / CalcomResponseReceived / CalcomRequestFailed for every call.
     */
    'events' => (bool) env('CALBOOK_EVENTS', true),

    /*
     * calbook:doctor: the largest clock difference to Cal.com's Date header that passes, and
     * whether every connection needs a webhook secret.
     */
    'doctor' => [
        'max_clock_skew_s' => (int) env('CALBOOK_MAX_CLOCK_SKEW', 60),
        // false: a connection without a webhook secret passes (an app that receives no webhooks)
        'require_webhook_secret' => true,
    ],

    /*
     * Webhooks: Route::calbookWebhooks('/calcom/webhook') in routes/api.php. Each delivery is
     * checked with its tenant's webhook_secret, stored once in calcom_webhook_deliveries and
     * processed by the queued job Calbook\Laravel\Webhooks\ProcessCalcomWebhook, which fires
     * BookingCreated / BookingRescheduled / BookingCancelled (and WebhookReceived for every trigger).
     *   max_body_bytes      larger bodies are refused with 413 before anything is parsed
     *   assign_hosts        resolve the booking's host to staff (host_mapping below) in the job
     *                       and pass the result to the events as $event->assignment
     *   queue               connection / queue name of the job (null: the defaults), tries, backoff (s)
     *   prune_after_days    processed deliveries older than this are removed by `php artisan model:prune
     *                       --model="Calbook\Laravel\Models\CalcomWebhookDelivery"` (0: keep)
     *   database_connection where the deliveries table lives (null: the default connection)
     */
    'webhooks' => [
        'max_body_bytes' => (int) env('CALBOOK_WEBHOOK_MAX_BYTES', 1048576),
        'assign_hosts' => (bool) env('CALBOOK_WEBHOOK_ASSIGN_HOSTS', true),
        'queue' => [
            'connection' => env('CALBOOK_WEBHOOK_QUEUE_CONNECTION'),
            'queue' => env('CALBOOK_WEBHOOK_QUEUE'),
            'tries' => 5,
            'backoff' => [10, 60, 300],
        ],
        'prune_after_days' => (int) env('CALBOOK_WEBHOOK_PRUNE_DAYS', 30),
        'database_connection' => null,
    ],

    /*
     * Host to staff mapping: a Calbook\HostMapper per company, built from the staff rows and the
     * active rows of calcom_host_mappings, cached, rebuilt when a mapping or a staff row changes.
     *   staff.model         the application's staff model (or register a callback with
     *                       app(HostMappingService::class)->resolveStaffUsing(fn ($companyId) => rows))
     *   staff.columns       HostMapper field => the model's column (null: not used); fields: id,
     *                       first_name, last_name, name, email, company_id, is_active, calcom_user_id
     *   options             Calbook\HostMapper options (auto_threshold, email_confidence, use_name...)
     *   cache               store (null: the default store), ttl (seconds), key prefix
     *   key_type            'integer' or 'string': the type of the application's company and staff ids
     *                       (used by the migrations and to normalise ids)
     *   database_connection where the mappings tables live (null: the default connection)
     */
    'host_mapping' => [
        'staff' => [
            'model' => env('CALBOOK_STAFF_MODEL'),
            'columns' => [
                'id' => 'id',
                'first_name' => 'first_name',
                'last_name' => 'last_name',
                'name' => null,
                'email' => 'email',
                'company_id' => 'company_id',
                'is_active' => 'is_active',
                'calcom_user_id' => null,
            ],
        ],
        'options' => [
            'auto_threshold' => 75,
        ],
        'cache' => [
            'store' => env('CALBOOK_HOST_MAPPING_CACHE_STORE'),
            'ttl' => (int) env('CALBOOK_HOST_MAPPING_CACHE_TTL', 3600),
            'prefix' => 'calbook:host_mapping:',
        ],
        'key_type' => env('CALBOOK_KEY_TYPE', 'integer'),
        'database_connection' => null,
    ],

    /*
     * php artisan calbook:backfill: rows of the application's model with a Cal.com booking uid and
     * no staff get the staff Cal.com assigned (the booking's host, through host_mapping).
     *   model               e.g. App\Models\Appointment::class
     *   columns             uid (booking uid), staff (filled in), company (the tenant);
     *                       optional: preferred_staff (the customer's wish, read only and kept apart),
     *                       host (Cal.com host id), source (mapping source), confidence (0-100)
     *   chunk               rows per batch, and per queued job with --queue
     *   concurrency         parallel requests per batch (--concurrency)
     *   rate_limit_rounds   how often a rate limit is waited out in the command (a queued job
     *                       is released back to the queue instead)
     *   max_wait            seconds waited per round at most (--max-wait)
     *   queue               connection / queue name / tries of the BackfillChunk jobs (--queue)
     */
    'backfill' => [
        'model' => env('CALBOOK_BACKFILL_MODEL'),
        'columns' => [
            'uid' => 'calcom_v2_booking_uid',
            'staff' => 'staff_id',
            'company' => 'company_id',
            'preferred_staff' => null,
            'host' => null,
            'source' => null,
            'confidence' => null,
        ],
        'chunk' => 100,
        'concurrency' => 8,
        'rate_limit_rounds' => 5,
        'max_wait' => 120,
        'queue' => [
            'connection' => env('CALBOOK_BACKFILL_QUEUE_CONNECTION'),
            'queue' => env('CALBOOK_BACKFILL_QUEUE'),
            'tries' => 5,
        ],
    ],

];
