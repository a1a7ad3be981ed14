<?php

namespace Calbook\Laravel\DropIn;

use Calbook\HostMapper;
use Calbook\Laravel\HostMapping\HostMappingService;
use Illuminate\Support\Facades\Log;

/**
 * A drop-in for the application's former CalcomHostMappingService: the same two public methods.
 *
 *   extractHostFromBooking(array $calcomResponse): ?array   Calbook\HostMapper::extractHost()
 *   resolveStaffForHost(array $hostData, $context): ?string  the package's HostMappingService
 *
 * Resolution reads the company's staff and stored mappings, tries mapping, Cal.com user id, email
 * and name (normalised: case, umlauts, "Last, First"; ambiguity is no match), and stores a new
 * match as a mapping plus an audit row, as the original did ("auto_email", "auto_name", ...).
 */
class CalcomHostMappingService
{
    /**
     * The host of a booking, of a create/GET response ({status, data}) or of a webhook body:
     * {id, email, name, username, timeZone, source}, or null (logged with the keys it saw,
     * never their values).
     */
    public function extractHostFromBooking(array $calcomResponse): ?array
    {
        $host = HostMapper::extractHost($calcomResponse);
        if ($host === null) {
            $seen = array_keys(isset($calcomResponse['data']) && is_array($calcomResponse['data']) ? $calcomResponse['data'] : $calcomResponse);
            Log::warning('calbook: no host in the booking data', ['keys' => array_slice(array_map('strval', $seen), 0, 50)]);
        }
        return $host;
    }

    /**
     * The staff id (as a string, as the original returned it) Cal.com's host maps to within the
     * context's company, or null. $context: HostMatchContext, the original's context object (any
     * object with a public companyId or company_id), or ['company_id' => ...].
     */
    public function resolveStaffForHost(array $hostData, object|array $context): ?string
    {
        $companyId = self::companyId($context);
        if (!isset($hostData['id']) || $hostData['id'] === null || $hostData['id'] === '') {
            return null;
        }
        $assignment = app(HostMappingService::class)->assign(['hosts' => [$hostData]], $companyId, null, 'drop-in');
        return $assignment->staffId === null ? null : (string) $assignment->staffId;
    }

    private static function companyId(object|array $context): int|string
    {
        $id = is_array($context)
            ? ($context['company_id'] ?? $context['companyId'] ?? null)
            : ($context->companyId ?? $context->company_id ?? null);
        if (!is_int($id) && !(is_string($id) && $id !== '')) {
            throw new \InvalidArgumentException('resolveStaffForHost: the context has no company id (companyId or company_id)');
        }
        return $id;
    }
}
