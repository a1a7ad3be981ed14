<!DOCTYPE html>
<html lang="de">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>@yield('title') – Salon-Termine</title>
    <style>
        body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: left; vertical-align: top; }
        tr.unassigned td { background: #fff4e5; }
        .muted { color: #777; }
        .flash { background: #e6f4ea; padding: .5rem; margin-bottom: 1rem; }
        .error { color: #b00020; }
        form.inline { display: inline; }
        nav.pages { margin-top: 1rem; }
        header { display: flex; justify-content: space-between; align-items: baseline; }
    </style>
</head>
<body>
@yield('content')
</body>
</html>
