<?php

declare(strict_types=1);

namespace Calbook\Laravel\HostMapping;

use Closure;
use Illuminate\Contracts\Support\Arrayable;
use Illuminate\Database\Eloquent\Model;
use InvalidArgumentException;

/**
 * The staff rows of one company, in the shape Calbook\HostMapper reads (id, first_name,
 * last_name or name, email, company_id, is_active, calcom_user_id), from either a callback
 * (`HostMappingService::resolveStaffUsing()`) or `calbook.host_mapping.staff` (an Eloquent model
 * and the names of its columns).
 */
final class StaffSource
{
    /** HostMapper's staff fields that the configuration may map to columns. */
    public const FIELDS = ['id', 'first_name', 'last_name', 'name', 'email', 'company_id', 'is_active', 'calcom_user_id'];

    /**
     * @param array{model?: ?string, columns?: array<string, ?string>} $config
     * @param (Closure(int|string): iterable<mixed>)|null $callback
     */
    public function __construct(private array $config, private ?Closure $callback = null, private bool $integerKeys = true)
    {
    }

    public function configured(): bool
    {
        return $this->callback !== null || ($this->config['model'] ?? null) !== null;
    }

    /** The configured staff model class, when staff comes from a model (used to watch its events). */
    public function modelClass(): ?string
    {
        $model = $this->config['model'] ?? null;
        return is_string($model) && $model !== '' ? $model : null;
    }

    /** The model's column that holds the company id. */
    public function companyColumn(): string
    {
        return $this->columns()['company_id'] ?? 'company_id';
    }

    /** @return list<array<string, mixed>> */
    public function rows(int|string $companyId): array
    {
        if ($this->callback !== null) {
            $rows = [];
            foreach (($this->callback)($companyId) as $i => $row) {
                $rows[] = $this->normalize($this->toArray($row, $i));
            }
            return $rows;
        }
        $model = $this->modelClass();
        if ($model === null) {
            throw new InvalidArgumentException('calbook.host_mapping.staff.model is not set and no staff callback is registered '
                . '(HostMappingService::resolveStaffUsing())');
        }
        if (!is_subclass_of($model, Model::class)) {
            throw new InvalidArgumentException("calbook.host_mapping.staff.model must be an Eloquent model class, '$model' is not");
        }
        $columns = $this->columns();
        $select = [];
        foreach ($columns as $field => $column) {
            $select[] = $column . ' as ' . $field;
        }
        $rows = $model::query()->where($this->companyColumn(), $companyId)->toBase()->get($select);
        $out = [];
        foreach ($rows as $row) {
            $out[] = $this->normalize((array) $row);
        }
        return $out;
    }

    /** @return array<string, string> HostMapper field => column, for the configured (non-null) columns */
    private function columns(): array
    {
        $defaults = ['id' => 'id', 'first_name' => 'first_name', 'last_name' => 'last_name', 'email' => 'email',
            'company_id' => 'company_id', 'is_active' => 'is_active'];
        $columns = ($this->config['columns'] ?? []) + $defaults;
        $out = [];
        foreach ($columns as $field => $column) {
            if (!in_array($field, self::FIELDS, true)) {
                throw new InvalidArgumentException("calbook.host_mapping.staff.columns: unknown field '$field' (known: "
                    . implode(', ', self::FIELDS) . ')');
            }
            if ($column === null || $column === '') {
                continue;
            }
            if (!is_string($column) || !preg_match('/^[A-Za-z_][A-Za-z0-9_]*$/', $column)) {
                throw new InvalidArgumentException("calbook.host_mapping.staff.columns.$field must be a column name");
            }
            $out[$field] = $column;
        }
        if (!isset($out['id'])) {
            throw new InvalidArgumentException('calbook.host_mapping.staff.columns.id must be set');
        }
        return $out;
    }

    /** @return array<string, mixed> */
    private function toArray(mixed $row, int|string $index): array
    {
        if ($row instanceof Model) {
            return $row->getAttributes();
        }
        if ($row instanceof Arrayable) {
            return $row->toArray();
        }
        if (is_object($row)) {
            return get_object_vars($row);
        }
        if (!is_array($row)) {
            throw new InvalidArgumentException("staff callback row $index must be an array or object, " . get_debug_type($row) . ' given');
        }
        return $row;
    }

    /**
     * Keeps HostMapper's fields only (the cache holds nothing else), with the types it wants:
     * integer keys as ints when the database returns digits as strings, is_active as a bool.
     *
     * @param array<string, mixed> $row
     * @return array<string, mixed>
     */
    private function normalize(array $row): array
    {
        $out = [];
        foreach (['id', 'first_name', 'last_name', 'name', 'email', 'company_id', 'is_active', 'calcom_user_id', 'aliases'] as $field) {
            if (!array_key_exists($field, $row) || $row[$field] === null) {
                continue;
            }
            $value = $row[$field];
            if (in_array($field, ['id', 'company_id', 'calcom_user_id'], true) && is_string($value) && ctype_digit($value)
                && ($field === 'calcom_user_id' || $this->integerKeys)) {
                $value = (int) $value;
            } elseif ($field === 'is_active' && !is_bool($value)) {
                $value = filter_var($value, FILTER_VALIDATE_BOOL, FILTER_NULL_ON_FAILURE) ?? false;
            }
            $out[$field] = $value;
        }
        return $out;
    }
}
