<?php

// The package adds calbook:backfill (staff for stored bookings without one) and calbook:doctor.
