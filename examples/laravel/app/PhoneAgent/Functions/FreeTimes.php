<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Booking\Availability;
use App\Booking\Catalog;
use App\Models\Service;
use App\Models\Staff;
use App\PhoneAgent\CallContext;
use App\Support\Speech;
use Carbon\CarbonImmutable;

/**
 * Free start times of a service over some days, optionally only those where a named staff
 * member is free (slots from Cal.com, that person's bookings taken out).
 */
trait FreeTimes
{
    public function __construct(private Catalog $catalog, private Availability $availability)
    {
    }

    /**
     * @return array{0: Service, 1: ?Staff}|string the service and the named staff member, or a question
     */
    private function serviceAndStaff(CallContext $ctx): array|string
    {
        $service = $this->catalog->service($ctx->company, $ctx->arg('service'));
        if (is_string($service)) {
            return $service;
        }
        $staff = $this->catalog->staff($ctx->company, $ctx->arg('preferred_staff'));
        return is_string($staff) ? $staff : [$service, $staff];
    }

    /** @return list<CarbonImmutable> free starts (UTC), for the named staff member when there is one */
    private function freeStarts(CallContext $ctx, Service $service, ?Staff $staff, CarbonImmutable $firstDay, CarbonImmutable $lastDay): array
    {
        $now = CarbonImmutable::now('UTC');
        $slots = array_values(array_filter($this->availability->slots($ctx->company, $service, $firstDay, $lastDay, $ctx->timezone),
            static fn (CarbonImmutable $s) => $s->gt($now)));
        if ($staff === null || $slots === []) {
            return $slots;
        }
        $userId = $this->availability->userIdOf($staff, $this->availability->hosts($ctx->company, $service));
        if ($userId === null) {
            return [];
        }
        $busy = $this->availability->busy($ctx->company, $firstDay, $lastDay, $ctx->timezone);
        return array_values(array_filter($slots, static fn (CarbonImmutable $s) => Availability::isFree($userId, $s, $s->addMinutes($service->minutes), $busy)));
    }

    /** @param list<CarbonImmutable> $starts "Montag um 9 Uhr, ..." or, all on one day, "9 Uhr, 9:30 Uhr ..." */
    private static function speak(array $starts, string $tz, bool $sameDay, string $last = 'oder'): string
    {
        return Speech::list(array_map(static fn (CarbonImmutable $s) => $sameDay
            ? Speech::time($s, $tz)
            : Speech::weekday($s, $tz) . ' um ' . Speech::time($s, $tz), $starts), $last);
    }

    private static function withWhom(?Staff $staff): string
    {
        return $staff !== null ? ' bei ' . $staff->first_name : '';
    }
}
