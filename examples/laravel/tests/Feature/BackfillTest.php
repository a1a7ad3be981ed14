<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/**
 * The incident's aftermath: appointments stored with a Cal.com booking but without staff get
 * the host Cal.com assigned, through the package's `calbook:backfill` (configured in
 * config/calbook.php for App\Models\Appointment); the caller's wish is left alone.
 */
class BackfillTest extends TestCase
{
    protected static bool $needsEmulator = true;

    public function test_backfill_assigns_cal_coms_host_and_keeps_the_wish(): void
    {
        foreach (['a', 'b', 'c'] as $i => $s) {
            $this->agentSays($this->booking("call_bf_$s", ['customer_name' => "Kunde $s", 'phone' => "+4917033333{$i}0",
                'time' => '12:00'] + ($s === 'a' ? ['preferred_staff' => 'Anna'] : [])));
        }
        $wish = DB::table('appointments')->whereNotNull('preferred_staff_id')->value('preferred_staff_id');
        // As in the incident: the rows lost their staff.
        DB::table('appointments')->update(['staff_id' => null, 'calcom_host_id' => null, 'assignment_source' => null]);

        $this->assertSame(0, Artisan::call('calbook:backfill', ['--dry-run' => true]));
        $this->assertSame(3, DB::table('appointments')->whereNull('staff_id')->count(), 'a dry run writes nothing');

        $this->assertSame(0, Artisan::call('calbook:backfill'));
        foreach (DB::table('appointments')->get() as $row) {
            $host = $this->calcomHost($row->calcom_v2_booking_uid);
            $this->assertSame($host, (int) $row->calcom_host_id);
            $this->assertSame($this->staffForHost($host), (int) $row->staff_id);
        }
        $this->assertSame($wish, DB::table('appointments')->whereNotNull('preferred_staff_id')->value('preferred_staff_id'));
        $this->assertSame(1, DB::table('appointments')->whereNotNull('preferred_staff_id')->count());
    }
}
