<?php

namespace Calbook\Laravel\Tests\Integration;

use Calbook\Laravel\Tests\EmulatorTestCase;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Http;

final class DoctorCommandTest extends EmulatorTestCase
{
    private function doctor(array $args = []): array
    {
        $code = Artisan::call('calbook:doctor', $args);
        return [$code, Artisan::output()];
    }

    public function test_passes_against_the_emulator_and_prints_no_secret(): void
    {
        [$code, $out] = $this->doctor();
        $this->assertSame(0, $code, $out);
        $this->assertStringContainsString('calbook:doctor: all checks passed', $out);
        $this->assertMatchesRegularExpression('/\[ok\]\s+calbook\s+\d+\.\d+/', $out);
        $this->assertMatchesRegularExpression('/\[ok\]\s+libcurl\s+\d+\.\d+/', $out);
        $this->assertMatchesRegularExpression('/\[ok\]\s+GET \/v2\/me\s+200 in \d+ ms, authenticated as user 101, team 42/', $out);
        $this->assertMatchesRegularExpression('/\[ok\]\s+clock\s+[+-]\d+\.\d s against Cal.com/', $out);
        $this->assertMatchesRegularExpression('/\[ok\]\s+webhook secret\s+set/', $out);
        $this->assertStringNotContainsString(static::emulator()->apiKey, $out);
        $this->assertStringNotContainsString(static::WEBHOOK_SECRET, $out);
        // The live check went to /v2/me with the key.
        $me = array_values(array_filter(static::emulator()->stats()['requests'], fn ($r) => $r['path'] === '/v2/me' && $r['authorization_present']));
        $this->assertCount(1, $me);
        $this->assertSame(200, $me[0]['status']);
    }

    public function test_fails_with_a_wrong_key(): void
    {
        config(['calbook.connections.default.api_key' => 'cal_test_wrong_key']);
        [$code, $out] = $this->doctor();
        $this->assertSame(1, $code, $out);
        $this->assertMatchesRegularExpression('/\[FAIL\]\s+GET \/v2\/me\s+401: the API key was refused/', $out);
        $this->assertStringNotContainsString('cal_test_wrong_key', $out);
        $this->assertStringContainsString('1 check(s) failed', $out);
    }

    public function test_fails_when_nothing_listens_on_the_port(): void
    {
        config(['calbook.connections.default.base_url' => 'http://127.0.0.1:9/v2']);
        [$code, $out] = $this->doctor();
        $this->assertSame(1, $code, $out);
        $this->assertMatchesRegularExpression('/\[FAIL\]\s+GET \/v2\/me\s+TransportException: /', $out);
    }

    public function test_fails_without_an_api_key(): void
    {
        config(['calbook.connections.default.api_key' => null]);
        [$code, $out] = $this->doctor();
        $this->assertSame(1, $code, $out);
        $this->assertMatchesRegularExpression("/\\[FAIL\\]\\s+client\\s+calbook: connection 'default' has no api_key/", $out);
    }

    public function test_fails_without_a_webhook_secret_unless_skipped(): void
    {
        config(['calbook.connections.default.webhook_secret' => null]);
        [$code, $out] = $this->doctor();
        $this->assertSame(1, $code, $out);
        $this->assertMatchesRegularExpression('/\[FAIL\]\s+webhook secret\s+not set/', $out);

        [$code, $out] = $this->doctor(['--skip-webhooks' => true]);
        $this->assertSame(0, $code, $out);
        $this->assertStringNotContainsString('webhook secret', $out);

        config(['calbook.doctor.require_webhook_secret' => false]);
        [$code, $out] = $this->doctor();
        $this->assertSame(0, $code, $out);
    }

    public function test_fails_when_the_clock_is_off(): void
    {
        // The Date header is read through Laravel's HTTP client: fake it one hour ahead.
        Http::fake(['*' => Http::response('', 401, ['Date' => gmdate('D, d M Y H:i:s', time() + 3600) . ' GMT'])]);
        [$code, $out] = $this->doctor();
        $this->assertSame(1, $code, $out);
        $this->assertMatchesRegularExpression('/\[FAIL\]\s+clock\s+\+3\d{3}\.\d s against Cal.com \(limit 60 s\): fix the server clock/', $out);
        Http::assertSent(fn ($request) => $request->url() === static::emulator()->baseUrl . '/me' && !$request->hasHeader('Authorization'));
    }

    public function test_an_unknown_connection_or_company_fails(): void
    {
        [$code, $out] = $this->doctor(['--connection' => ['nope']]);
        $this->assertSame(1, $code, $out);
        $this->assertMatchesRegularExpression("/\\[FAIL\\]\\s+config\\s+calbook: connection 'nope' is not configured/", $out);

        [$code, $out] = $this->doctor(['--connection' => ['default'], '--company' => ['77']]);
        $this->assertSame(1, $code, $out);
        $this->assertMatchesRegularExpression('/\[FAIL\]\s+tenant\s+calbook: no Cal.com connection for company 77/', $out);
    }

    public function test_checks_a_company_from_the_resolver(): void
    {
        \Calbook\Laravel\Facades\Calbook::resolveTenantsUsing(fn ($id) => $id == 7 ? [
            'api_key' => static::emulator()->apiKey, 'team_id' => 42, 'webhook_secret' => 'whsec_7',
        ] : null);
        [$code, $out] = $this->doctor(['--connection' => ['default'], '--company' => ['7']]);
        $this->assertSame(0, $code, $out);
        $this->assertMatchesRegularExpression('/Company 7\s+\[ok\]\s+tenant\s+connection tenant:7/', $out);
        $this->assertSame(2, count(array_filter(static::emulator()->stats()['requests'], fn ($r) => $r['path'] === '/v2/me' && $r['authorization_present'])));
    }
}
