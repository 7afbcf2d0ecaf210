// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/logging.h"

Q_LOGGING_CATEGORY(lcProject, "investatlas.core.project", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "investatlas.core.demo", QtInfoMsg)
