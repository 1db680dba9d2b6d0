/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * Test runner of the standalone build: the same command line as ns-3's utils/test-runner.cc
 * (--list, --suite=NAME, --verbose, ...). Inside an ns-3 source tree ns-3's own runner is used.
 */

#include "ns3/test.h"

int
main(int argc, char* argv[])
{
    return ns3::TestRunner::Run(argc, argv);
}
