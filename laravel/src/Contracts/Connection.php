<?php

namespace Calbook\Laravel\Contracts;

use Calbook\Laravel\Tenant;
use Calbook\Response;

/**
 * A named Cal.com connection: every public method of Calbook\Client with the same signature,
 * plus name(), tenant(), teamId() and client(). Implemented by Calbook\Laravel\Connection.
 */
interface Connection
{
    public function name(): string;

    public function tenant(): ?Tenant;

    public function teamId(): ?int;

    public function client(): \Calbook\Client;

    public function createBooking(array $booking): Response;

    public function getBooking(int|string $idOrUid): Response;

    public function getBookings(array $filters = []): Response;

    public function cancelBooking(string $uid, ?string $reason = null): Response;

    public function rescheduleBooking(string $uid, array $data): Response;

    public function reassignBooking(string $uid, ?int $userId = null, ?string $reason = null): Response;

    public function confirmBooking(string $uid): Response;

    public function declineBooking(string $uid, ?string $reason = null): Response;

    public function markAbsent(string $uid, array $data): Response;

    public function getAvailableSlots(array $query): Response;

    public function reserveSlot(array $data): Response;

    public function releaseSlot(string $reservationUid): Response;

    public function getEventTypes(array $query = []): Response;

    public function getEventType(int $id): Response;

    public function createEventType(array $data): Response;

    public function updateEventType(int $id, array $data): Response;

    public function deleteEventType(int $id): Response;

    public function getWebhooks(): Response;

    public function createWebhook(array $data): Response;

    public function deleteWebhook(int|string $id): Response;

    public function getTeamMembers(?int $teamId = null): Response;

    /** @return array<string, Response|\Calbook\Exception> keyed by uid */
    public function getBookingsByUid(array $uids, int $concurrency = 8): array;

    public function request(string $method, string $path, array $options = []): Response;

    public function stats(): array;
}
