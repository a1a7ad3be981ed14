<?php

declare(strict_types=1);

namespace App\Booking;

use App\Models\Company;
use App\Models\Service;
use App\Models\Staff;
use App\Support\UtcTime;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\HostMapping\HostMappingService;
use Carbon\CarbonImmutable;

/**
 * Free times and free people, from Cal.com:
 * - slots: GET /v2/slots (cal-api-version 2024-09-04, chosen by the Client) for the event type;
 * - hosts: the team event type's hosts (GET /v2/teams/{team}/event-types/{id}), each resolved to
 *   local staff by the package's host mapping;
 * - who is free at a time: the hosts minus those with an accepted or pending booking overlapping
 *   it (GET /v2/bookings for that day). Cal.com's round robin remains the judge: a booking is
 *   moved to a named host with reassignBooking(uid, userId), which fails when that host is busy.
 */
final class Availability
{
    public function __construct(private HostMappingService $mappings)
    {
    }

    /** @return list<CarbonImmutable> free start times (UTC) from the first day to the last (inclusive, salon time) */
    public function slots(Company $company, Service $service, CarbonImmutable $firstDay, CarbonImmutable $lastDay, string $tz): array
    {
        $data = Calbook::forCompany($company->id)->getAvailableSlots([
            'eventTypeId' => $service->event_type_id,
            'start' => $firstDay->format('Y-m-d'),
            'end' => $lastDay->format('Y-m-d'),
            'timeZone' => $tz,
        ])->throw()->data();
        $out = [];
        foreach (is_array($data) ? $data : [] as $day) {
            foreach (is_array($day) ? $day : [] as $slot) {
                $start = UtcTime::parse(is_array($slot) ? ($slot['start'] ?? null) : $slot);
                if ($start !== null) {
                    $out[] = $start;
                }
            }
        }
        usort($out, static fn ($a, $b) => $a <=> $b);
        return $out;
    }

    /**
     * The event type's hosts, each with the local staff member it stands for (null when unknown).
     *
     * @return list<array{user_id: int, name: string, staff_id: ?int}>
     */
    public function hosts(Company $company, Service $service): array
    {
        $data = Calbook::forCompany($company->id)->getEventType($service->event_type_id)->throw()->data();
        $out = [];
        foreach (is_array($data['hosts'] ?? null) ? $data['hosts'] : [] as $h) {
            if (!is_array($h) || !is_int($h['userId'] ?? null)) {
                continue;
            }
            $host = ['id' => $h['userId'], 'name' => (string) ($h['name'] ?? ''), 'username' => $h['username'] ?? null];
            $assignment = $this->mappings->assign(['hosts' => [array_filter($host, static fn ($v) => $v !== null)]],
                $company->id, null, 'availability', false);
            $out[] = ['user_id' => $h['userId'], 'name' => $host['name'],
                'staff_id' => $assignment->staffId !== null ? (int) $assignment->staffId : null];
        }
        return $out;
    }

    /** The Cal.com user behind a staff member, if the event type has them as a host. */
    public function userIdOf(Staff $staff, array $hosts): ?int
    {
        foreach ($hosts as $h) {
            if ($h['staff_id'] === $staff->id || ($staff->calcom_user_id !== null && $h['user_id'] === $staff->calcom_user_id)) {
                return $h['user_id'];
            }
        }
        return null;
    }

    /**
     * Busy intervals per Cal.com user on the days from $from to $to (salon time).
     *
     * @return array<int, list<array{0: CarbonImmutable, 1: CarbonImmutable}>>
     */
    public function busy(Company $company, CarbonImmutable $from, CarbonImmutable $to, string $tz): array
    {
        $response = Calbook::forCompany($company->id)->getBookings([
            'status' => ['upcoming', 'unconfirmed'],
            'afterStart' => $from->setTimezone($tz)->startOfDay()->utc()->format('Y-m-d\TH:i:s\Z'),
            'beforeEnd' => $to->setTimezone($tz)->endOfDay()->utc()->format('Y-m-d\TH:i:s\Z'),
            'take' => 250,
        ])->throw();
        $busy = [];
        foreach ((array) $response->data() as $b) {
            if (!is_array($b) || in_array(strtolower((string) ($b['status'] ?? '')), ['cancelled', 'rejected'], true)) {
                continue;
            }
            $start = UtcTime::parse($b['start'] ?? null);
            $end = UtcTime::parse($b['end'] ?? null);
            foreach (is_array($b['hosts'] ?? null) ? $b['hosts'] : [] as $h) {
                if ($start !== null && $end !== null && is_array($h) && is_int($h['id'] ?? null)) {
                    $busy[$h['id']][] = [$start, $end];
                }
            }
        }
        return $busy;
    }

    /** @param array<int, list<array{0: CarbonImmutable, 1: CarbonImmutable}>> $busy */
    public static function isFree(int $userId, CarbonImmutable $start, CarbonImmutable $end, array $busy): bool
    {
        foreach ($busy[$userId] ?? [] as [$s, $e]) {
            if ($s < $end && $e > $start) {
                return false;
            }
        }
        return true;
    }

    /** Display names of staff: the local name when the host is known locally, else Cal.com's. */
    public static function names(array $hosts): array
    {
        $ids = array_filter(array_column($hosts, 'staff_id'));
        $local = $ids === [] ? collect() : Staff::query()->whereIn('id', $ids)->get()->keyBy('id');
        return array_map(static fn ($h) => $h['staff_id'] !== null && $local->has($h['staff_id'])
            ? $local[$h['staff_id']]->full_name : $h['name'], $hosts);
    }
}
