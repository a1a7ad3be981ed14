<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\HostMapping;

use Calbook\Laravel\HostMapping\StaffSource;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Staff;
use Calbook\Laravel\Tests\TestCase;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use InvalidArgumentException;

/** Staff rows from the application's own column names, in HostMapper's shape. */
final class StaffSourceTest extends TestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        Schema::create('staff', function (Blueprint $t) {
            $t->id();
            $t->string('tenant');
            $t->string('display_name');
            $t->string('mail')->nullable();
            $t->string('active');
            $t->string('cal_user')->nullable();
            $t->timestamps();
        });
        foreach ([['tenant' => '5', 'display_name' => 'Anna Schmidt', 'mail' => 'anna@x.test', 'active' => '1', 'cal_user' => '103'],
                  ['tenant' => '5', 'display_name' => 'Old Hand', 'mail' => null, 'active' => 'false', 'cal_user' => null],
                  ['tenant' => '6', 'display_name' => 'Other Place', 'mail' => 'o@x.test', 'active' => '1', 'cal_user' => null]] as $row) {
            DB::table('staff')->insert($row);
        }
    }

    public function test_custom_columns_are_mapped_and_typed(): void
    {
        $source = new StaffSource(['model' => Staff::class, 'columns' => ['company_id' => 'tenant', 'name' => 'display_name',
            'first_name' => null, 'last_name' => null, 'email' => 'mail', 'is_active' => 'active', 'calcom_user_id' => 'cal_user']]);
        $this->assertTrue($source->configured());
        $this->assertSame('tenant', $source->companyColumn());
        $this->assertSame([
            ['id' => 1, 'name' => 'Anna Schmidt', 'email' => 'anna@x.test', 'company_id' => 5, 'is_active' => true, 'calcom_user_id' => 103],
            ['id' => 2, 'name' => 'Old Hand', 'company_id' => 5, 'is_active' => false],
        ], $source->rows(5));
        $mapper = new \Calbook\HostMapper($source->rows(5), [], ['company_id' => 5]);
        $this->assertSame(['staff_id' => 1, 'source' => 'calcom_user_id'],
            array_intersect_key($mapper->resolve(['id' => 103, 'name' => 'Someone Else']), ['staff_id' => 0, 'source' => 0]));
    }

    public function test_string_keys_stay_strings(): void
    {
        $source = new StaffSource(['model' => Staff::class, 'columns' => ['company_id' => 'tenant', 'name' => 'display_name',
            'first_name' => null, 'last_name' => null, 'email' => 'mail', 'is_active' => 'active']], null, false);
        $this->assertSame('6', $source->rows('6')[0]['company_id']);
    }

    public function test_a_column_that_is_no_identifier_is_refused(): void
    {
        $source = new StaffSource(['model' => Staff::class, 'columns' => ['email' => 'mail) or 1=1 --']]);
        $this->expectException(InvalidArgumentException::class);
        $this->expectExceptionMessage('calbook.host_mapping.staff.columns.email must be a column name');
        $source->rows(5);
    }

    public function test_a_callback_row_of_the_wrong_type_is_refused(): void
    {
        $source = new StaffSource([], fn () => ['x' => 'not a row']);
        $this->expectExceptionMessage('staff callback row x must be an array or object, string given');
        $source->rows(1);
    }
}
