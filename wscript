# -*- Mode: python; py-indent-offset: 4; indent-tabs-mode: nil; coding: utf-8; -*-
#
# Build of the wlc module in a waf-era ns-3 source tree (ns-3.29 to 3.35), cloned as contrib/wlc.
# CMakeLists.txt holds the same lists for CMake-era trees and the standalone build; the test suite
# wlc-build-lists fails when the two differ.

import re


def ns3_version(ctx):
    version_file = ctx.path.find_node('../../VERSION')
    text = version_file.read().strip() if version_file else '3-dev'
    match = re.match(r'3\.(\d+)', text)
    return 300 + int(match.group(1)) if match else 399


def configure(conf):
    conf.check_cfg(package='libcrypto', args=['--cflags', '--libs'], uselib_store='WLC_CRYPTO',
                   mandatory=True)
    conf.check_cfg(package='gsl', args=['--cflags', '--libs'], uselib_store='WLC_GSL',
                   mandatory=True)
    conf.env.append_value('DEFINES', 'WLC_NS3_VERSION=%d' % ns3_version(conf))


def build(bld):
    module = bld.create_ns3_module('wlc', ['core', 'network', 'internet', 'internet-apps', 'wifi',
                                           'csma', 'bridge', 'applications', 'mobility',
                                           'flow-monitor', 'stats'])
    module.use.extend(['WLC_CRYPTO', 'WLC_GSL'])
    module.source = [
        'model/ap/wtp-radio.cc',
        'model/client/controlled-port-net-device.cc',
        'model/common/byte-reader.cc',
        'model/common/byte-writer.cc',
        'model/controller/ap-table.cc',
        'model/controller/client-database.cc',
        'model/controller/client-entry.cc',
        'model/controller/show-commands.cc',
    ]

    module_test = bld.create_ns3_module_test_library('wlc')
    module_test.source = [
        'test/build-lists-test-suite.cc',
        'test/byte-reader-test-suite.cc',
    ]

    headers = bld(features='ns3header')
    headers.module = 'wlc'
    headers.source = [
        'model/ap/wtp-radio.h',
        'model/client/controlled-port-net-device.h',
        'model/common/address-hash.h',
        'model/common/byte-reader.h',
        'model/common/byte-writer.h',
        'model/common/wlc-ns3-compat.h',
        'model/controller/ap-entry.h',
        'model/controller/ap-table.h',
        'model/controller/client-database.h',
        'model/controller/client-entry.h',
        'model/controller/show-commands.h',
    ]

    if bld.env.ENABLE_EXAMPLES:
        bld.recurse('examples')
