<?php

namespace Calbook\Laravel\Facades;

use Calbook\Laravel\CalbookManager;
use Calbook\Laravel\Testing\CalbookFake;
use Illuminate\Support\Facades\Facade;

/**
 * @method static \Calbook\Laravel\Connection connection(?string $name = null)
 * @method static \Calbook\Laravel\Connection forCompany(int|string $companyId)
 * @method static \Calbook\Laravel\Tenant tenant(int|string $companyId)
 * @method static \Calbook\Laravel\Tenant|null tenantForTeam(int $teamId)
 * @method static \Calbook\Laravel\Tenant|null tenantForOrganization(int $organizationId)
 * @method static CalbookManager resolveTenantsUsing(callable $resolver)
 * @method static CalbookManager resolveTeamsUsing(callable $resolver)
 * @method static void forgetTenant(int|string $companyId)
 * @method static void forgetConnections()
 * @method static void purge(?string $name = null)
 * @method static array getConnections()
 * @method static array connectionNames()
 * @method static string defaultConnection()
 * @method static bool isFaking()
 * @method static void unfake()
 * @method static \Calbook\Response response(array|string $body = [], int $status = 200, array $headers = [])
 * @method static \Calbook\Response data(mixed $data, int $status = 200, array $headers = [])
 * @method static \Calbook\Laravel\Testing\ResponseSequence sequence(array $responses = [])
 * @method static array recorded(callable|string|null $filter = null)
 * @method static void assertSent(callable|string $filter)
 * @method static void assertNotSent(callable|string $filter)
 * @method static void assertNothingSent()
 * @method static void assertSentCount(int $count, callable|string|null $filter = null)
 * @method static void assertSentInOrder(array $filters)
 * @method static \Calbook\Response createBooking(array $booking)
 * @method static \Calbook\Response getBooking(int|string $idOrUid)
 * @method static \Calbook\Response getBookings(array $filters = [])
 * @method static \Calbook\Response cancelBooking(string $uid, ?string $reason = null)
 * @method static \Calbook\Response rescheduleBooking(string $uid, array $data)
 * @method static \Calbook\Response reassignBooking(string $uid, ?int $userId = null, ?string $reason = null)
 * @method static \Calbook\Response confirmBooking(string $uid)
 * @method static \Calbook\Response declineBooking(string $uid, ?string $reason = null)
 * @method static \Calbook\Response markAbsent(string $uid, array $data)
 * @method static \Calbook\Response getAvailableSlots(array $query)
 * @method static \Calbook\Response reserveSlot(array $data)
 * @method static \Calbook\Response releaseSlot(string $reservationUid)
 * @method static \Calbook\Response getEventTypes(array $query = [])
 * @method static \Calbook\Response getEventType(int $id)
 * @method static \Calbook\Response createEventType(array $data)
 * @method static \Calbook\Response updateEventType(int $id, array $data)
 * @method static \Calbook\Response deleteEventType(int $id)
 * @method static \Calbook\Response getWebhooks()
 * @method static \Calbook\Response createWebhook(array $data)
 * @method static \Calbook\Response deleteWebhook(int|string $id)
 * @method static \Calbook\Response getTeamMembers(?int $teamId = null)
 * @method static array getBookingsByUid(array $uids, int $concurrency = 8)
 * @method static \Calbook\Response request(string $method, string $path, array $options = [])
 * @method static array stats()
 *
 * @see CalbookManager
 */
class Calbook extends Facade
{
    /** Replaces every Cal.com call with stubs and records it (see Calbook\Laravel\Testing\CalbookFake). */
    public static function fake(array $responses = []): CalbookFake
    {
        return static::getFacadeRoot()->fake($responses);
    }

    protected static function getFacadeAccessor(): string
    {
        return 'calbook';
    }
}
