<?php

declare(strict_types=1);

namespace Tests\Browser;

use Facebook\WebDriver\WebDriverBy;
use Facebook\WebDriver\WebDriverExpectedCondition;
use Facebook\WebDriver\WebDriverSelect;
use Illuminate\Support\Facades\DB;
use Tests\Support\AppServer;
use Tests\Support\Chromium;
use Tests\TestCase;

/** The admin page in headless Chromium, as a person uses it: log in, see, filter, assign. Screenshots in storage/screenshots/. */
class AdminBrowserTest extends TestCase
{
    private ?AppServer $server = null;
    private ?Chromium $browser = null;

    protected function tearDown(): void
    {
        $this->browser?->stop();
        $this->server?->stop();
        parent::tearDown();
    }

    /** @return list<list<string>> the table's rows as the cells' visible text */
    private function rows(): array
    {
        $rows = [];
        foreach ($this->browser->driver->findElements(WebDriverBy::cssSelector('#appointments tbody tr')) as $tr) {
            $cells = array_map(static fn ($td) => trim(preg_replace('/\s+/u', ' ', $td->getText())),
                $tr->findElements(WebDriverBy::cssSelector('td')));
            $rows[] = array_slice($cells, 0, 8); // without the form column
        }
        return $rows;
    }

    public function test_a_person_logs_in_sees_unassigned_first_and_assigns_staff(): void
    {
        $fabian = $this->staffId('Fabian');
        $anna = $this->staffId('Anna');
        DB::table('appointments')->insert([
            ['company_id' => 1, 'staff_id' => $fabian, 'calcom_host_id' => 101, 'preferred_staff_id' => $anna,
                'calcom_v2_booking_uid' => 'uid-admin-1', 'status' => 'scheduled', 'starts_at' => '2030-01-08 09:00:00',
                'customer_name' => 'Erika Mustermann', 'service_name' => 'Herrenhaarschnitt', 'source' => 'phone',
                'created_at' => '2026-01-02 00:00:00', 'updated_at' => now()],
            ['company_id' => 1, 'staff_id' => null, 'calcom_host_id' => 555, 'preferred_staff_id' => null,
                'calcom_v2_booking_uid' => 'uid-admin-2', 'status' => 'scheduled', 'starts_at' => '2030-01-08 13:30:00',
                'customer_name' => 'Max Muster', 'service_name' => 'Damenhaarschnitt', 'source' => 'phone',
                'created_at' => '2026-01-01 00:00:00', 'updated_at' => now()],
        ]);
        DB::disconnect();

        $this->server = new AppServer(['DB_DATABASE' => $this->dbFile, 'LARAVEL_STORAGE_PATH' => self::workDir() . '/storage',
            'CALCOM_BASE_URL' => 'http://127.0.0.1:9/v2']);
        $this->browser = new Chromium();
        $d = $this->browser->driver;

        $d->get($this->server->url . '/admin/appointments');
        $this->assertStringEndsWith('/login', $d->getCurrentURL(), 'the page needs a login');
        $this->assertStringNotContainsString('Erika', $d->getPageSource());
        $d->findElement(WebDriverBy::name('email'))->sendKeys('admin@salon-demo.test');
        $d->findElement(WebDriverBy::name('password'))->sendKeys('wrong password');
        $d->findElement(WebDriverBy::cssSelector('#login button'))->click();
        $d->wait(10)->until(WebDriverExpectedCondition::presenceOfElementLocated(WebDriverBy::id('login-error')));
        $this->assertSame('E-Mail-Adresse oder Passwort ist falsch.', $d->findElement(WebDriverBy::id('login-error'))->getText());
        $this->browser->screenshot('admin-1-login-refused');

        $d->findElement(WebDriverBy::name('password'))->sendKeys('test-admin-password');
        $d->findElement(WebDriverBy::cssSelector('#login button'))->click();
        $d->wait(10)->until(WebDriverExpectedCondition::presenceOfElementLocated(WebDriverBy::id('appointments')));
        $this->assertStringEndsWith('/admin/appointments', $d->getCurrentURL());
        $this->assertSame('1', $d->findElement(WebDriverBy::id('unassigned-count'))->getText());
        // Date, time (Europe/Berlin), salon, customer, service, staff, wish, status: unassigned first.
        $this->assertSame([
            ['08.01.2030', '14:30', 'Salon Demo', 'Max Muster', 'Damenhaarschnitt', 'Nicht zugeordnet', '–', 'geplant'],
            ['08.01.2030', '10:00', 'Salon Demo', 'Erika Mustermann', 'Herrenhaarschnitt', 'Fabian Spitzer', 'Anna Schmidt', 'geplant'],
        ], $this->rows());
        $this->browser->screenshot('admin-2-unassigned-first');

        $form = $d->findElement(WebDriverBy::cssSelector('#appointments tbody tr:first-child form.assign'));
        (new WebDriverSelect($form->findElement(WebDriverBy::name('staff_id'))))->selectByVisibleText('Juergen Mueller');
        $form->findElement(WebDriverBy::name('reason'))->sendKeys('Laut Kalender Jürgen');
        $form->findElement(WebDriverBy::cssSelector('button'))->click();
        $d->wait(10)->until(WebDriverExpectedCondition::presenceOfElementLocated(WebDriverBy::id('flash')));
        $this->assertSame('Mitarbeiter zugeordnet.', $d->findElement(WebDriverBy::id('flash'))->getText());
        $this->assertSame('0', $d->findElement(WebDriverBy::id('unassigned-count'))->getText());
        $this->assertContains(['08.01.2030', '14:30', 'Salon Demo', 'Max Muster', 'Damenhaarschnitt', 'Juergen Mueller', '–', 'geplant'], $this->rows());
        $this->browser->screenshot('admin-3-assigned');

        (new WebDriverSelect($d->findElement(WebDriverBy::cssSelector('#filters select[name=company]'))))->selectByVisibleText('Friseur Nord');
        $d->findElement(WebDriverBy::cssSelector('#filters button'))->click();
        $d->wait(10)->until(WebDriverExpectedCondition::urlContains('company=2'));
        $this->assertSame([], $this->rows());
        $this->assertSame('0 Termine', trim(explode('·', $d->findElement(WebDriverBy::id('summary'))->getText())[1]));
        $this->browser->screenshot('admin-4-filtered');

        $audit = DB::table('appointment_staff_audits')->first();
        $this->assertSame($this->staffId('Juergen'), (int) $audit->new_staff_id);
        $this->assertSame('Laut Kalender Jürgen', $audit->reason);
    }
}
