<?php

/** @generate-class-entries */

namespace Calbook;

/**
 * Finds the host in any Cal.com booking or webhook shape and resolves it to a staff id.
 *
 * @strict-properties
 * @not-serializable
 */
final class HostMapper
{
    public function __construct(array $staff, array $mappings = [], array $options = []) {}

    public static function extractHost(array $bookingOrPayload): ?array {}

    public function resolve(array $hostOrBooking, array $context = []): ?array {}

    public function assign(array $booking, int|string|null $preferredStaffId, array $context = []): array {}

    public function resolveMany(iterable $bookings, array $context = []): array {}
}
