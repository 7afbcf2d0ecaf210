// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Peak resident memory of this process in MiB, or -1 where the platform does not say.
double peakResidentMiB();
