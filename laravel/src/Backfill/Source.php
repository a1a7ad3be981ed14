<?php

declare(strict_types=1);

namespace Calbook\Laravel\Backfill;

use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\Model;
use InvalidArgumentException;

/**
 * The application's rows to backfill, from `calbook.backfill`: an Eloquent model and the names
 * of its columns. Pending means a Cal.com booking uid and no staff.
 */
final class Source
{
    /** @var class-string<Model> */
    public readonly string $model;
    public readonly string $uid;
    public readonly string $staff;
    public readonly string $company;
    public readonly ?string $preferredStaff;
    public readonly ?string $host;
    public readonly ?string $assignmentSource;
    public readonly ?string $confidence;

    /** @param array<string, mixed> $config calbook.backfill */
    public function __construct(array $config)
    {
        $model = $config['model'] ?? null;
        if (!is_string($model) || $model === '') {
            throw new InvalidArgumentException('calbook.backfill.model is not set: the Eloquent model of the rows to backfill '
                . '(e.g. App\Models\Appointment, CALBOOK_BACKFILL_MODEL)');
        }
        if (!is_subclass_of($model, Model::class)) {
            throw new InvalidArgumentException("calbook.backfill.model must be an Eloquent model class, '$model' is not");
        }
        $this->model = $model;
        $columns = (array) ($config['columns'] ?? []);
        $this->uid = self::column($columns, 'uid', true);
        $this->staff = self::column($columns, 'staff', true);
        $this->company = self::column($columns, 'company', true);
        $this->preferredStaff = self::column($columns, 'preferred_staff', false);
        $this->host = self::column($columns, 'host', false);
        $this->assignmentSource = self::column($columns, 'source', false);
        $this->confidence = self::column($columns, 'confidence', false);
    }

    /** Rows with a booking uid and no staff, in key order. */
    public function pending(int|string|null $company = null): Builder
    {
        $model = new $this->model();
        $query = $model->newQuery()
            ->whereNotNull($this->uid)
            ->where($this->uid, '!=', '')
            ->whereNull($this->staff)
            ->orderBy($model->getKeyName());
        if ($company !== null) {
            $query->where($this->company, $company);
        }
        return $query;
    }

    public function keyName(): string
    {
        return (new $this->model())->getKeyName();
    }

    /** @return list<string> the columns a run reads */
    public function selectColumns(): array
    {
        return array_values(array_unique(array_filter([$this->keyName(), $this->uid, $this->company, $this->preferredStaff])));
    }

    /**
     * What a resolved row gets: staff, and the optional host, source and confidence columns.
     *
     * @return array<string, mixed>
     */
    public function updateFor(int|string $staffId, ?int $hostId, ?string $source, int $confidence): array
    {
        $values = [$this->staff => $staffId];
        if ($this->host !== null) {
            $values[$this->host] = $hostId;
        }
        if ($this->assignmentSource !== null) {
            $values[$this->assignmentSource] = $source;
        }
        if ($this->confidence !== null) {
            $values[$this->confidence] = $confidence;
        }
        return $values;
    }

    /** @param array<string, mixed> $columns */
    private static function column(array $columns, string $name, bool $required): ?string
    {
        $defaults = ['uid' => 'calcom_v2_booking_uid', 'staff' => 'staff_id', 'company' => 'company_id'];
        $value = array_key_exists($name, $columns) ? $columns[$name] : ($defaults[$name] ?? null);
        if ($value === null || $value === '') {
            if ($required) {
                throw new InvalidArgumentException("calbook.backfill.columns.$name must name a column");
            }
            return null;
        }
        if (!is_string($value) || !preg_match('/^[A-Za-z_][A-Za-z0-9_]*$/', $value)) {
            throw new InvalidArgumentException("calbook.backfill.columns.$name must be a column name");
        }
        return $value;
    }
}
