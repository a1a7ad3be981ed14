<?php

declare(strict_types=1);

namespace App\PhoneAgent;

use App\Models\PhoneFunctionCall;
use Closure;
use Illuminate\Database\UniqueConstraintViolationException;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * Idempotency per call id and function. The row (unique call_id + function) is claimed BEFORE
 * Cal.com is asked, so a retried delivery, or a duplicate arriving while the first is still
 * running, never acts twice:
 * - a finished call with the same arguments answers again from the row (no request to Cal.com);
 *   a booked call answers with its booking whatever its arguments say now;
 * - a duplicate of a call in progress waits for that call's answer (one booking, one answer);
 * - a call that failed before Cal.com acted runs again; one that may have reached Cal.com runs
 *   again told so (the function then looks in Cal.com before acting);
 * - the same function with new arguments in the same call (another day, another time) runs anew.
 */
final class CallLedger
{
    public const BUSY = 'Einen Moment bitte, Ihre Anfrage wird gerade noch bearbeitet.';

    /** @param Closure(CallContext): Outcome $work */
    public function run(CallContext $ctx, Closure $work): string
    {
        $hash = self::hash($ctx->args);
        $claim = $this->claim($ctx, $hash);
        if (is_string($claim)) {
            return $claim;
        }
        [$row, $previous] = $claim;
        try {
            $outcome = $work($ctx->withPreviousState($previous));
        } catch (Throwable $e) {
            $this->save($row, PhoneFunctionCall::AMBIGUOUS, null, null, $e::class . ': ' . $e->getMessage());
            throw $e;
        }
        $this->save($row, $outcome->state, $outcome->answer, $outcome->appointmentId, $outcome->error);
        return $outcome->answer;
    }

    /** @return string|array{0: PhoneFunctionCall, 1: ?string} an answer, or the claimed row and the state it had */
    private function claim(CallContext $ctx, string $hash): string|array
    {
        $deadline = microtime(true) + max(0, (int) config('booking.phone_agent.duplicate_wait_ms', 8000)) / 1000;
        $staleAfter = (int) config('booking.phone_agent.stale_after_s', 120);
        while (true) {
            try {
                $row = PhoneFunctionCall::query()->create([
                    'call_id' => $ctx->callId, 'function' => $ctx->function, 'company_id' => $ctx->company->id,
                    'args_hash' => $hash, 'state' => PhoneFunctionCall::IN_PROGRESS, 'attempts' => 1,
                ]);
                return [$row, null];
            } catch (UniqueConstraintViolationException) {
                // claimed before: read what it came to
            }
            $row = PhoneFunctionCall::query()->where('call_id', $ctx->callId)->where('function', $ctx->function)->first();
            if ($row === null) {
                continue;
            }
            if ($row->state === PhoneFunctionCall::IN_PROGRESS && $row->updated_at?->gt(now()->subSeconds($staleAfter))) {
                if (microtime(true) >= $deadline) {
                    Log::info('phone agent: duplicate delivery still waiting', ['call_id' => $ctx->callId, 'function' => $ctx->function]);
                    return self::BUSY;
                }
                usleep(100_000);
                continue;
            }
            if ($row->state === PhoneFunctionCall::DONE && $row->answer !== null
                && ($row->args_hash === $hash || $row->appointment_id !== null && $ctx->function === 'book_appointment')) {
                return $row->answer;
            }
            // Failed, ambiguous, left in progress by a dead process, or done with other arguments:
            // take it over, unless another delivery does so first (attempts is the version).
            $previous = match ($row->state) {
                PhoneFunctionCall::IN_PROGRESS => PhoneFunctionCall::AMBIGUOUS,
                PhoneFunctionCall::DONE => null,
                default => $row->state,
            };
            $taken = PhoneFunctionCall::query()->whereKey($row->id)->where('attempts', $row->attempts)
                ->update(['state' => PhoneFunctionCall::IN_PROGRESS, 'args_hash' => $hash, 'attempts' => $row->attempts + 1,
                    'company_id' => $ctx->company->id, 'updated_at' => now()]);
            if ($taken === 1) {
                return [$row->refresh(), $previous];
            }
        }
    }

    private function save(PhoneFunctionCall $row, string $state, ?string $answer, ?int $appointmentId, ?string $error): void
    {
        try {
            $row->fill(['state' => $state, 'answer' => $answer, 'last_error' => $error !== null ? mb_substr($error, 0, 250) : null]);
            if ($appointmentId !== null) {
                $row->appointment_id = $appointmentId;
            }
            $row->save();
        } catch (Throwable $e) {
            Log::error('phone agent: could not record the call state', ['call_id' => $row->call_id, 'state' => $state,
                'error' => $e::class]);
        }
    }

    /** The arguments, order-independent. */
    private static function hash(array $args): string
    {
        $sort = static function (array $a) use (&$sort): array {
            ksort($a);
            return array_map(static fn ($v) => is_array($v) ? $sort($v) : $v, $a);
        };
        return hash('sha256', json_encode($sort($args), JSON_UNESCAPED_UNICODE | JSON_PARTIAL_OUTPUT_ON_ERROR));
    }
}
