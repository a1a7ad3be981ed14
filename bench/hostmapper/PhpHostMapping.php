<?php
/**
 * The PHP booking service's host-to-staff mapping (CalcomHostMappingService and its strategies),
 * rewritten over in-memory arrays instead of Eloquent queries, filtering the way those queries do.
 * It keeps the service's behaviour, its weaknesses included:
 *   - no host id: no resolution at all;
 *   - 1. an active mapping row for the host id whose staff is active and of the company;
 *   - 2. email: first active staff of the company whose email equals the host's (compared
 *        case-insensitively, as a case-insensitive database collation would);
 *   - 3. name: first active staff of the company whose lower-cased, trimmed
 *        "first_name last_name" equals the lower-cased, trimmed host name;
 *   - first match wins (no ambiguity check), no umlaut or accent folding, no "Last, First",
 *     no managed-user email aliases, no staff aliases;
 *   - a strategy's result is used when its confidence reaches the threshold (75).
 * It does not write the mapping and audit rows the service writes after an automatic match.
 * Mapping rows and Staff::find() are looked up by key, as the database's indexes would; the
 * email and name strategies scan the company's staff, as their queries do.
 *
 * Used by bench/hostmapper/run.php as the baseline; usable from the Laravel example as well.
 */
final class PhpHostMapping
{
    /** @var list<array> */
    private array $staff;
    /** @var array<int|string, array> staff by id (primary key) */
    private array $staffById = [];
    /** @var array<int|string, list<array>> mapping rows by calcom_host_id (indexed column) */
    private array $mappingsByHost = [];
    private int $threshold;
    private int $emailConfidence;
    private int $nameConfidence;

    /**
     * @param list<array> $staff    rows with id, first_name, last_name, email, company_id, is_active
     * @param list<array> $mappings rows with calcom_host_id, staff_id, company_id, is_active
     */
    public function __construct(array $staff, array $mappings = [], int $threshold = 75, int $emailConfidence = 95, int $nameConfidence = 75)
    {
        $this->staff = array_values($staff);
        foreach ($this->staff as $s) {
            $this->staffById[$s['id']] = $s;
        }
        foreach ($mappings as $m) {
            $this->mappingsByHost[$m['calcom_host_id']][] = $m;
        }
        $this->threshold = $threshold;
        $this->emailConfidence = $emailConfidence;
        $this->nameConfidence = $nameConfidence;
    }

    /** extractHostFromBooking(): unwraps data, then organizer, hosts[0], responses.hosts[0]. */
    public static function extractHost(array $response): ?array
    {
        $b = isset($response['data']) && is_array($response['data']) ? $response['data'] : $response;
        if (isset($b['organizer']) && is_array($b['organizer'])) {
            $o = $b['organizer'];
            return ['email' => $o['email'] ?? null, 'name' => $o['name'] ?? null, 'id' => $o['id'] ?? null, 'timeZone' => $o['timeZone'] ?? null];
        }
        if (isset($b['hosts'][0]) && is_array($b['hosts'][0])) {
            return $b['hosts'][0];
        }
        if (isset($b['responses']['hosts'][0]) && is_array($b['responses']['hosts'][0])) {
            return $b['responses']['hosts'][0];
        }
        return null;
    }

    /** resolveStaffForHost(): the staff id, or null. */
    public function resolveStaffId(array $host, $companyId): ?string
    {
        $r = $this->resolve($host, $companyId);
        return $r === null ? null : (string)$r['staff_id'];
    }

    /** @return array{staff_id: int|string, confidence: int, source: string, reason: string}|null */
    public function resolve(array $host, $companyId): ?array
    {
        if (empty($host['id'])) {
            return null;
        }
        // 1. calcom_host_mappings: active row for this host whose staff is active and of the company.
        foreach ($this->mappingsByHost[$host['id']] ?? [] as $m) {
            if ($m['is_active']) {
                $staff = $this->staffById[$m['staff_id']] ?? null;
                if ($staff !== null && $staff['is_active'] && $staff['company_id'] == $companyId) {
                    return ['staff_id' => $staff['id'], 'confidence' => 100, 'source' => 'mapping', 'reason' => 'Existing mapping'];
                }
            }
        }
        // 2. EmailMatchingStrategy (priority 100).
        if (!empty($host['email']) && $this->emailConfidence >= $this->threshold) {
            foreach ($this->staff as $s) {
                if ($s['company_id'] == $companyId && $s['is_active'] && $s['email'] !== null
                    && strcasecmp($s['email'], $host['email']) === 0) {
                    return ['staff_id' => $s['id'], 'confidence' => $this->emailConfidence, 'source' => 'email', 'reason' => 'Exact email match: ' . $host['email']];
                }
            }
        }
        // 3. NameMatchingStrategy (priority 50).
        if (!empty($host['name']) && $this->nameConfidence >= $this->threshold) {
            $name = strtolower(trim($host['name']));
            foreach ($this->staff as $s) {
                if ($s['company_id'] == $companyId && $s['is_active']
                    && strtolower(trim(($s['first_name'] ?? '') . ' ' . ($s['last_name'] ?? ''))) === $name) {
                    return ['staff_id' => $s['id'], 'confidence' => $this->nameConfidence, 'source' => 'name', 'reason' => 'Name match: ' . $host['name']];
                }
            }
        }
        return null;
    }
}
