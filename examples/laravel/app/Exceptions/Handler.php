<?php

declare(strict_types=1);

namespace App\Exceptions;

use Illuminate\Foundation\Exceptions\Handler as ExceptionHandler;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Response;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;
use Throwable;

/**
 * Errors never show a stack trace: the phone agent's endpoint gets a sentence it can say, other
 * API routes a JSON error, pages a short text. Details go to the log only.
 */
class Handler extends ExceptionHandler
{
    protected $dontFlash = ['api_key', 'secret'];

    public function render($request, Throwable $e)
    {
        $status = $e instanceof HttpExceptionInterface ? $e->getStatusCode() : 500;
        if ($request->is('api/retell/*')) {
            return new JsonResponse(['result' => 'Entschuldigung, da ist technisch etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.'], 200,
                [], JSON_UNESCAPED_UNICODE);
        }
        if ($request->is('api/*')) {
            return new JsonResponse(['error' => $status === 404 ? 'not found' : 'server error'], $status);
        }
        return new Response($status === 404 ? 'Seite nicht gefunden.' : 'Ein Fehler ist aufgetreten.', $status,
            ['Content-Type' => 'text/plain; charset=utf-8']);
    }
}
