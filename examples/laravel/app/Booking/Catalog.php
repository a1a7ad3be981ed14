<?php

declare(strict_types=1);

namespace App\Booking;

use App\Models\Company;
use App\Models\Service;
use App\Models\Staff;
use App\Support\GermanDateTime;
use App\Support\Speech;

/** A salon's services and staff, found by what a caller says ("Herrenhaarschnitt", "Jürgen"). */
final class Catalog
{
    /** @return Service|string the service, or a question for the caller */
    public function service(Company $company, string $said): Service|string
    {
        $services = Service::query()->where('company_id', $company->id)->orderBy('name')->get();
        if ($services->isEmpty()) {
            return 'Entschuldigung, für diesen Salon kann ich am Telefon noch keine Termine buchen.';
        }
        $names = Speech::list($services->pluck('name')->all(), 'oder');
        $key = GermanDateTime::fold($said);
        if ($key === '') {
            return "Welche Leistung möchten Sie buchen? Wir bieten $names an.";
        }
        foreach ($services as $service) {
            if (GermanDateTime::fold($service->name) === $key) {
                return $service;
            }
        }
        return "Diese Leistung kann ich leider nicht buchen. Wir bieten $names an.";
    }

    /**
     * The active staff member a caller named (first, last or full name, umlauts folded).
     *
     * @return Staff|string|null the staff member, a question when the name fits nobody or several, null when none was named
     */
    public function staff(Company $company, string $said): Staff|string|null
    {
        $wish = GermanDateTime::fold(preg_replace('/^(?:bei|zu|mit)\s+/iu', '', trim($said)) ?? $said);
        if ($wish === '' || in_array($wish, ['egal', 'egal wer', 'keine', 'kein wunsch', 'niemand', 'beliebig'], true)) {
            return null;
        }
        $active = Staff::query()->where('company_id', $company->id)->where('is_active', true)->orderBy('first_name')->get();
        $hits = $active->filter(static function (Staff $s) use ($wish) {
            $first = GermanDateTime::fold($s->first_name);
            $last = GermanDateTime::fold($s->last_name);
            return in_array($wish, [$first, $last, "$first $last", "$last $first", "frau $last", "herr $last", "herrn $last"], true);
        });
        if ($hits->count() === 1) {
            return $hits->first();
        }
        $names = Speech::list($active->map(fn (Staff $s) => $s->full_name)->all());
        return $hits->count() === 0
            ? "Diesen Namen finde ich in unserem Team leider nicht. Bei uns arbeiten $names. Bei wem möchten Sie den Termin?"
            : "Welche oder welchen meinen Sie genau? Bei uns arbeiten $names.";
    }
}
