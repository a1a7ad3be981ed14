<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\DB;
use Tests\Support\AppServer;
use Tests\TestCase;

/** GET /admin/appointments, loaded in headless Chromium: what a person sees. */
class AdminPageTest extends TestCase
{
    /** @return list<list<string>> the table's rows as the cells' visible text */
    private function rowsInChromium(string $url): array
    {
        $profile = self::workDir() . '/chromium-' . bin2hex(random_bytes(4));
        $cmd = sprintf('env -u LD_PRELOAD -u ASAN_OPTIONS -u LSAN_OPTIONS -u UBSAN_OPTIONS -u USE_ZEND_ALLOC timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run '
            . '--user-data-dir=%s --dump-dom %s 2>/dev/null', escapeshellarg($profile), escapeshellarg($url));
        $dom = shell_exec($cmd);
        exec('rm -rf ' . escapeshellarg($profile));
        $this->assertIsString($dom, 'chromium produced no DOM');
        $this->assertStringContainsString('<table', $dom, 'chromium did not render the page');
        $doc = new \DOMDocument();
        @$doc->loadHTML('<?xml encoding="utf-8"?>' . $dom);
        $rows = [];
        foreach ((new \DOMXPath($doc))->query('//table[@id="appointments"]/tbody/tr') as $tr) {
            $cells = [];
            foreach ($tr->getElementsByTagName('td') as $td) {
                $cells[] = trim(preg_replace('/\s+/u', ' ', $td->textContent));
            }
            $rows[] = $cells;
        }
        return $rows;
    }

    public function test_page_shows_staff_names_and_unassigned_appointments(): void
    {
        $fabian = $this->staffId('Fabian');
        $anna = $this->staffId('Anna');
        DB::table('appointments')->insert([
            ['company_id' => 1, 'staff_id' => $fabian, 'calcom_host_id' => 101, 'preferred_staff_id' => $anna,
                'calcom_v2_booking_uid' => 'uid-admin-1', 'status' => 'scheduled', 'starts_at' => '2030-01-08 09:00:00',
                'customer_name' => 'Erika Mustermann', 'service_name' => 'Herrenhaarschnitt', 'source' => 'phone',
                'created_at' => now(), 'updated_at' => now()],
            ['company_id' => 1, 'staff_id' => null, 'calcom_host_id' => null, 'preferred_staff_id' => null,
                'calcom_v2_booking_uid' => 'uid-admin-2', 'status' => 'scheduled', 'starts_at' => '2030-01-08 13:30:00',
                'customer_name' => 'Max Muster', 'service_name' => 'Damenhaarschnitt', 'source' => 'phone',
                'created_at' => now(), 'updated_at' => now()],
        ]);

        $server = new AppServer(['DB_DATABASE' => $this->dbFile, 'CALBOOK_APP_STORAGE' => self::workDir() . '/storage',
            'CALCOM_API_KEY' => 'cal_test_not_used', 'CALCOM_BASE_URL' => 'http://127.0.0.1:9/v2']);
        try {
            $rows = $this->rowsInChromium($server->url . '/admin/appointments');
        } finally {
            $server->stop();
        }

        $this->assertCount(2, $rows);
        // Date, time (Europe/Berlin), customer, service, staff, wish, status
        $this->assertSame(['08.01.2030', '10:00', 'Erika Mustermann', 'Herrenhaarschnitt', 'Fabian Spitzer', 'Anna Schmidt', 'scheduled'], $rows[0]);
        $this->assertSame(['08.01.2030', '14:30', 'Max Muster', 'Damenhaarschnitt', 'Nicht zugeordnet', '–', 'scheduled'], $rows[1]);
    }
}
