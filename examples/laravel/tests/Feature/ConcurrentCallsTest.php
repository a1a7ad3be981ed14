<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\DB;
use Tests\Support\AppServer;
use Tests\TestCase;

/**
 * Retell retries a function call when its answer is slow, so two deliveries of one call can run
 * at the same time in two PHP workers: the unique (call id, function) row is claimed before
 * Cal.com is asked, the second delivery waits for the first one's answer: one booking, one answer.
 */
class ConcurrentCallsTest extends TestCase
{
    protected static bool $needsEmulator = true;

    /** @return list<array{status: int, result: ?string}> */
    private function sendTogether(string $url, array $bodies): array
    {
        $multi = curl_multi_init();
        $handles = [];
        foreach ($bodies as $body) {
            $h = curl_init($url . '/api/retell/function-call');
            curl_setopt_array($h, [CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body, CURLOPT_RETURNTRANSFER => true,
                CURLOPT_TIMEOUT => 30, CURLOPT_HTTPHEADER => ['Content-Type: application/json',
                    'X-Retell-Signature: ' . hash_hmac('sha256', $body, self::AGENT_KEY)]]);
            curl_multi_add_handle($multi, $h);
            $handles[] = $h;
        }
        do {
            curl_multi_exec($multi, $running);
            curl_multi_select($multi, 0.05);
        } while ($running > 0);
        $out = [];
        foreach ($handles as $h) {
            $out[] = ['status' => (int) curl_getinfo($h, CURLINFO_RESPONSE_CODE), 'result' => json_decode((string) curl_multi_getcontent($h), true)['result'] ?? null];
            curl_multi_remove_handle($multi, $h);
        }
        curl_multi_close($multi);
        return $out;
    }

    public function test_two_simultaneous_deliveries_of_one_call_give_one_booking_and_one_answer(): void
    {
        DB::disconnect();
        static::$emu->config(['latency_ms' => 400]); // the first delivery is still waiting on Cal.com when the second arrives
        $server = new AppServer(['DB_DATABASE' => $this->dbFile, 'LARAVEL_STORAGE_PATH' => self::workDir() . '/storage',
            'CALCOM_BASE_URL' => static::$emu->baseUrl], 3);
        try {
            $body = json_encode($this->booking('call_twice_at_once'), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
            $answers = $this->sendTogether($server->url, [$body, $body, $body]);
        } finally {
            $server->stop();
        }
        foreach ($answers as $a) {
            $this->assertSame(200, $a['status']);
            $this->assertStringContainsString('ist gebucht', (string) $a['result']);
        }
        $this->assertSame($answers[0]['result'], $answers[1]['result']);
        $this->assertSame($answers[0]['result'], $answers[2]['result']);
        $this->assertSame(1, $this->bookingsCreated(), 'Cal.com was asked to book once');
        $this->assertSame(1, DB::table('appointments')->count());
        $this->assertSame(1, DB::table('phone_function_calls')->count());
    }
}
