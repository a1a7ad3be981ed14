<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/** php artisan calbook:backfill against the Cal.com emulator. */
class BackfillTest extends TestCase
{
    protected static bool $needsEmulator = true;

    /** The incident: bookings made in Cal.com, stored locally without staff. */
    private function incidentRows(int $n, string $time = '12:00'): array
    {
        $uids = [];
        $start = (new \DateTimeImmutable(self::bookableDate(4) . ' ' . $time, new \DateTimeZone('Europe/Berlin')))
            ->setTimezone(new \DateTimeZone('UTC'));
        for ($i = 0; $i < $n; $i++) {
            $slot = $start->modify('+' . intdiv($i, 3) . ' hours');
            $b = $this->client()->createBooking([
                'eventTypeId' => 501,
                'start' => $slot->format('Y-m-d\TH:i:s\Z'),
                'name' => "Kunde $i",
                'email' => "kunde$i@example.org",
                'timeZone' => 'Europe/Berlin',
            ])->throw()->data();
            DB::table('appointments')->insert([
                'company_id' => 1, 'calcom_v2_booking_uid' => $b['uid'], 'status' => 'scheduled',
                'starts_at' => $slot->format('Y-m-d H:i:s'), 'customer_name' => "Kunde $i", 'service_name' => 'Herrenhaarschnitt',
                'source' => 'phone', 'call_id' => "call_incident_$i", 'created_at' => now(), 'updated_at' => now(),
            ]);
            $uids[] = $b['uid'];
        }
        return $uids;
    }

    private function backfill(array $options): string
    {
        $code = Artisan::call('calbook:backfill', $options);
        $out = Artisan::output();
        $this->assertSame(0, $code, $out);
        return $out;
    }

    private function summaryCount(string $out, string $label): int
    {
        $this->assertMatchesRegularExpression('/^\s*' . preg_quote($label, '/') . ':\s+(\d+)$/m', $out);
        preg_match('/^\s*' . preg_quote($label, '/') . ':\s+(\d+)$/m', $out, $m);
        return (int) $m[1];
    }

    public function test_dry_run_says_what_it_would_do_and_writes_nothing(): void
    {
        $this->incidentRows(3);
        $before = DB::table('appointments')->orderBy('id')->get()->map(fn ($r) => (array) $r)->all();
        $mappings = DB::table('calcom_host_mappings')->count();
        $out = $this->backfill(['--dry-run' => true]);
        $this->assertStringContainsString('would assign', $out);
        $this->assertStringContainsString('nothing written', $out);
        $this->assertSame(3, $this->summaryCount($out, 'Updated'));
        $this->assertSame(3, $this->summaryCount($out, 'Total'));
        $this->assertSame($before, DB::table('appointments')->orderBy('id')->get()->map(fn ($r) => (array) $r)->all());
        $this->assertSame($mappings, DB::table('calcom_host_mappings')->count());
        $this->assertSame(0, DB::table('calcom_host_mapping_audits')->count());
    }

    public function test_real_run_assigns_the_staff_cal_com_assigned(): void
    {
        $uids = $this->incidentRows(3);
        $out = $this->backfill([]);
        $this->assertSame(3, $this->summaryCount($out, 'Updated'));
        $this->assertSame(0, $this->summaryCount($out, 'No match'));
        $this->assertSame(0, $this->summaryCount($out, 'API errors'));
        $this->assertSame(0, $this->summaryCount($out, 'Failed'));
        foreach ($uids as $uid) {
            $host = (int) $this->client()->getBooking($uid)->throw()->json('data.hosts.0.id');
            $row = DB::table('appointments')->where('calcom_v2_booking_uid', $uid)->first();
            $this->assertSame($host, (int) $row->calcom_host_id);
            $this->assertSame($this->staffForHost($host), (int) $row->staff_id);
        }
        // A second run finds nothing left to do.
        $again = $this->backfill([]);
        $this->assertSame(0, $this->summaryCount($again, 'Total'));
    }

    public function test_host_without_active_staff_is_no_match_with_the_reason(): void
    {
        // Three bookings at one time: round robin gives one to each host. Juergen has left.
        $uids = $this->incidentRows(3);
        DB::table('staff')->where('first_name', 'Juergen')->update(['is_active' => false]);
        $code = Artisan::call('calbook:backfill');
        $out = Artisan::output();
        $this->assertSame(0, $code, $out);
        $this->assertSame(2, $this->summaryCount($out, 'Updated'));
        $this->assertSame(1, $this->summaryCount($out, 'No match'));
        $this->assertMatchesRegularExpression('/no match \(.*name.*\)/', $out);
        $juergensUid = null;
        foreach ($uids as $uid) {
            if ((int) $this->client()->getBooking($uid)->throw()->json('data.hosts.0.id') === 102) {
                $juergensUid = $uid;
            }
        }
        $this->assertNull(DB::table('appointments')->where('calcom_v2_booking_uid', $juergensUid)->value('staff_id'));
    }

    public function test_limit_and_company_select_the_rows(): void
    {
        $this->incidentRows(3);
        $this->assertSame(2, $this->summaryCount($this->backfill(['--dry-run' => true, '--limit' => 2]), 'Total'));
        $this->assertSame(0, $this->summaryCount($this->backfill(['--dry-run' => true, '--company' => 2]), 'Total'));
    }

    public function test_rate_limit_is_waited_out_not_counted_as_failure(): void
    {
        // A small budget: 8 requests per 3 s window, then 429 for 1 s (X-RateLimit-Reset-Default).
        // The 6 bookings use 6 of it, so the backfill's fetches run into the limit.
        static::$emu->config(['rate_limit' => ['limit' => 8, 'window_s' => 3, 'block_s' => 1]]);
        $uids = $this->incidentRows(6);
        $requestsBefore = count(static::$emu->stats()['requests']);
        $out = $this->backfill(['--concurrency' => 4]);
        $this->assertSame(6, $this->summaryCount($out, 'Updated'));
        $this->assertSame(0, $this->summaryCount($out, 'API errors'));
        $this->assertSame(0, $this->summaryCount($out, 'Failed'));
        $gets = array_filter(array_slice(static::$emu->stats()['requests'], $requestsBefore),
            fn ($r) => $r['method'] === 'GET' && str_starts_with($r['path'], '/v2/bookings/'));
        $this->assertGreaterThan(6, count($gets), 'the limit was hit and the refused fetches were made again');
        $this->assertSame(0, DB::table('appointments')->whereIn('calcom_v2_booking_uid', $uids)->whereNull('staff_id')->count());
    }

    public function test_missing_booking_is_an_api_error_not_a_crash(): void
    {
        $this->incidentRows(1);
        DB::table('appointments')->insert([
            'company_id' => 1, 'calcom_v2_booking_uid' => 'doesnotexist00000000000000', 'status' => 'scheduled',
            'starts_at' => '2030-01-08 09:00:00', 'customer_name' => 'Niemand', 'source' => 'phone',
            'created_at' => now(), 'updated_at' => now(),
        ]);
        $code = Artisan::call('calbook:backfill');
        $out = Artisan::output();
        $this->assertSame(1, $code, 'a run with API errors exits non-zero');
        $this->assertSame(1, $this->summaryCount($out, 'Updated'));
        $this->assertSame(1, $this->summaryCount($out, 'API errors'));
        $this->assertSame(2, $this->summaryCount($out, 'Total'));
    }
}
