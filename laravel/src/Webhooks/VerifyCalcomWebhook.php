<?php

declare(strict_types=1);

namespace Calbook\Laravel\Webhooks;

use Calbook\InvalidResponseException;
use Calbook\Laravel\CalbookManager;
use Calbook\Laravel\Exceptions\UnknownTenantException;
use Calbook\Laravel\Tenant;
use Calbook\SignatureException;
use Calbook\Webhook;
use Closure;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Psr\Log\LoggerInterface;
use Symfony\Component\HttpFoundation\Response;

/**
 * Finds the tenant of a Cal.com delivery and checks `X-Cal-Signature-256` over the raw body with
 * THAT tenant's webhook secret (Calbook\Webhook::parse). The tenant comes from the route's
 * `{tenant}` segment when there is one, else from the payload's team (`payload.team.id`), else
 * from its organisation (`payload.organizationId` / `payload.organization.id`), through
 * Calbook::tenantForTeam() / tenantForOrganization(). A team or organisation no company claims is
 * refused (404, logged): a delivery is never attributed to another company, and there is no
 * default tenant. Nothing of the body is trusted before the signature is checked: the team id
 * read before only chooses whose secret to check it with.
 *
 * On success the request carries `calbook.tenant` (Calbook\Laravel\Tenant) and `calbook.webhook`
 * (Webhook::parse()'s array) as attributes. Usable on an application's own route too.
 *
 * Refusals: 413 body too large, 422 no team or organisation in the delivery (and no {tenant}
 * segment), 404 unknown team, organisation or tenant, 401 missing/wrong signature or no secret
 * configured for the tenant, 400 body not a JSON object, 403 a tenant URL receiving another
 * team's delivery.
 */
final class VerifyCalcomWebhook
{
    public const TENANT = 'calbook.tenant';
    public const EVENT = 'calbook.webhook';

    public function __construct(private CalbookManager $calbook, private LoggerInterface $log)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $raw = $request->getContent();
        $max = (int) config('calbook.webhooks.max_body_bytes', 1048576);
        if ($max > 0 && strlen($raw) > $max) {
            $this->log->warning('calbook webhook: body too large', ['bytes' => strlen($raw), 'max' => $max, 'ip' => $request->ip()]);
            return $this->refuse(413, 'body too large');
        }
        [$teamId, $orgId] = self::claimedTeam($raw);
        $segment = $request->route('tenant');

        if (is_string($segment) && $segment !== '') {
            try {
                $tenant = $this->calbook->tenant(ctype_digit($segment) ? (int) $segment : $segment);
            } catch (UnknownTenantException) {
                $this->log->warning('calbook webhook: refused, unknown tenant in the URL', ['tenant' => mb_substr($segment, 0, 64),
                    'ip' => $request->ip()]);
                return $this->refuse(404, 'unknown tenant');
            }
        } elseif ($teamId !== null) {
            $tenant = $this->calbook->tenantForTeam($teamId);
            if ($tenant === null) {
                $this->log->warning('calbook webhook: refused, no company for this team', ['team_id' => $teamId, 'ip' => $request->ip()]);
                return $this->refuse(404, 'unknown team');
            }
        } elseif ($orgId !== null) {
            $tenant = $this->calbook->tenantForOrganization($orgId);
            if ($tenant === null) {
                $this->log->warning('calbook webhook: refused, no company for this organization', ['organization_id' => $orgId,
                    'ip' => $request->ip()]);
                return $this->refuse(404, 'unknown organization');
            }
        } else {
            $this->log->warning('calbook webhook: refused, the delivery names no team or organization', ['ip' => $request->ip(),
                'bytes' => strlen($raw)]);
            return $this->refuse(422, 'no team or organization in the delivery; use the URL with the tenant segment');
        }

        $secret = $tenant->webhookSecret();
        if ($secret === null || $secret === '') {
            $this->log->error('calbook webhook: refused, no webhook secret configured for the company', ['company_id' => $tenant->companyId]);
            return $this->refuse(401, 'webhook not configured');
        }
        try {
            $event = Webhook::parse($raw, (string) $request->header('X-Cal-Signature-256', ''), $secret);
        } catch (SignatureException) {
            $this->log->warning('calbook webhook: signature rejected', ['company_id' => $tenant->companyId, 'ip' => $request->ip(),
                'bytes' => strlen($raw)]);
            return $this->refuse(401, 'invalid signature');
        } catch (InvalidResponseException) {
            return $this->refuse(400, 'body is not a JSON object');
        }

        if (is_string($segment) && $segment !== '' && !self::belongsTo($tenant, $teamId, $orgId)) {
            $this->log->warning('calbook webhook: refused, the delivery is about another team', ['company_id' => $tenant->companyId,
                'team_id' => $teamId, 'organization_id' => $orgId]);
            return $this->refuse(403, 'delivery of another team');
        }

        $request->attributes->set(self::TENANT, $tenant);
        $request->attributes->set(self::EVENT, $event);
        return $next($request);
    }

    /**
     * The team and organisation a body claims to be about (not yet verified).
     *
     * @return array{0: ?int, 1: ?int}
     */
    public static function claimedTeam(string $raw): array
    {
        $body = json_decode($raw, true);
        if (!is_array($body)) {
            return [null, null];
        }
        $payload = is_array($body['payload'] ?? null) ? $body['payload'] : $body;
        $id = static fn (mixed $v): ?int => is_int($v) && $v > 0 ? $v : (is_string($v) && ctype_digit($v) && $v !== '0' ? (int) $v : null);
        $team = is_array($payload['team'] ?? null) ? $id($payload['team']['id'] ?? null) : null;
        $org = $id($payload['organizationId'] ?? null)
            ?? (is_array($payload['organization'] ?? null) ? $id($payload['organization']['id'] ?? null) : null);
        return [$team, $org];
    }

    /** A tenant URL takes its own team's (or organisation's) deliveries only. */
    private static function belongsTo(Tenant $tenant, ?int $teamId, ?int $orgId): bool
    {
        if ($teamId !== null && $tenant->teamId !== null && $teamId !== $tenant->teamId) {
            return false;
        }
        if ($orgId !== null && $tenant->organizationId !== null && $orgId !== $tenant->organizationId) {
            return false;
        }
        return true;
    }

    private function refuse(int $status, string $message): JsonResponse
    {
        return new JsonResponse(['error' => $message], $status);
    }
}
