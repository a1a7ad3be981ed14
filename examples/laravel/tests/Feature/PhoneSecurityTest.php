<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/**
 * Who may use the phone agent's endpoint: signed requests only (HMAC-SHA256 of the raw body
 * with the agent's key, X-Retell-Signature), throttled, for a salon whose number was called.
 */
class PhoneSecurityTest extends TestCase
{
    protected static bool $needsEmulator = true;

    public function test_unsigned_and_wrongly_signed_requests_are_refused_before_anything_happens(): void
    {
        $payload = $this->booking('call_unsigned');
        $body = json_encode($payload);
        $this->postAgent($payload, '')->assertStatus(401);
        $this->postAgent($payload, hash_hmac('sha256', $body, 'another_key'))->assertStatus(401);
        $this->postAgent($payload, hash_hmac('sha256', $body . ' ', self::AGENT_KEY))->assertStatus(401);
        $this->assertSame(0, static::$emu->stats()['request_count'], 'Cal.com was not asked');
        $this->assertSame(0, DB::table('phone_function_calls')->count());
        $this->assertStringContainsString('signature missing or wrong', $this->logText());
        $this->postAgent($payload, 'sha256=' . hash_hmac('sha256', $body, self::AGENT_KEY))->assertStatus(200);
    }

    public function test_the_header_name_is_configurable(): void
    {
        config(['booking.phone_agent.signature_header' => 'X-Agent-Signature']);
        $payload = $this->booking('call_header');
        $sig = hash_hmac('sha256', json_encode($payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), self::AGENT_KEY);
        $this->postAgent($payload, '', ['X-Agent-Signature' => $sig])->assertStatus(200);
        $this->postAgent($payload, $sig)->assertStatus(401, 'the default header no longer counts');
    }

    public function test_without_a_configured_key_every_request_is_refused(): void
    {
        config(['booking.phone_agent.signing_key' => null]);
        $this->postAgent($this->booking('call_nokey'))->assertStatus(401);
        $this->assertStringContainsString('no signing key configured', $this->logText());
    }

    public function test_requests_are_throttled_per_called_number(): void
    {
        config(['booking.phone_agent.rate_limit_per_minute' => 3]);
        for ($i = 1; $i <= 3; $i++) {
            $this->postAgent($this->retell('list_my_appointments', "call_t$i", []))->assertStatus(200);
        }
        $r = $this->postAgent($this->retell('list_my_appointments', 'call_t4', []));
        $r->assertStatus(429);
        $this->assertStringContainsString('sehr viele Anfragen', $r->json('result'));
        $this->assertSame(3, DB::table('phone_function_calls')->count(), 'the fourth was not run');
    }

    public function test_a_call_to_a_number_no_salon_has_is_refused_and_logged(): void
    {
        $said = $this->agentSays($this->booking('call_foreign', [], ['to_number' => '+498912345678']));
        $this->assertSame('Entschuldigung, unter dieser Rufnummer kann ich leider keine Termine vergeben.', $said);
        $this->assertSame(0, static::$emu->stats()['request_count']);
        $this->assertSame(0, DB::table('appointments')->count());
        $this->assertStringContainsString('the called number belongs to no company', $this->logText());
    }

    public function test_the_called_number_picks_the_salon_in_any_notation(): void
    {
        DB::table('companies')->where('id', 2)->update(['phone_number' => '+494012345678']);
        // Friseur Nord has a number but no Cal.com account: its call must not land on Salon Demo.
        $said = $this->agentSays($this->booking('call_nord', [], ['to_number' => '040 1234 5678']));
        $this->assertSame('Entschuldigung, unter dieser Rufnummer kann ich leider keine Termine vergeben.', $said);
        $this->assertStringContainsString('the company has no Cal.com account configured', $this->logText());
        $this->assertSame(0, static::$emu->stats()['request_count']);
        $this->assertSame(0, DB::table('appointments')->count());
        $this->assertStringContainsString('ist gebucht', $this->agentSays($this->booking('call_demo', [], ['to_number' => '030 12345678'])));
        $this->assertSame(1, (int) DB::table('appointments')->value('company_id'));
    }

    public function test_no_model_is_mass_assignable_beyond_its_listed_fields(): void
    {
        foreach (glob(dirname(__DIR__, 2) . '/app/Models/*.php') as $file) {
            $class = 'App\\Models\\' . basename($file, '.php');
            /** @var Model $model */
            $model = new $class();
            $this->assertNotSame([], $model->getGuarded(), "$class has \$guarded = []");
            $this->assertNotEmpty($model->getFillable(), "$class lists no fillable fields");
            $this->assertNotContains('id', $model->getFillable(), "$class lets id be mass assigned");
        }
        $appointment = new \App\Models\Appointment(['id' => 99, 'customer_name' => 'X', 'created_at' => '2000-01-01 00:00:00']);
        $this->assertNull($appointment->id);
        $this->assertNull($appointment->created_at);
    }
}
