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
        'helper/lightweight-ap-helper.cc',
        'helper/roaming-helper.cc',
        'helper/roaming-scenario.cc',
        'helper/wlc-client-helper.cc',
        'helper/wlc-helper.cc',
        'model/ap/capwap-wtp.cc',
        'model/ap/wtp-data-channel.cc',
        'model/ap/wtp-radio.cc',
        'model/capwap/capwap-control-message.cc',
        'model/capwap/capwap-data-message.cc',
        'model/capwap/capwap-descriptor-elements.cc',
        'model/capwap/capwap-elements.cc',
        'model/capwap/capwap-header.cc',
        'model/capwap/capwap-ieee80211-elements.cc',
        'model/capwap/capwap-message-element.cc',
        'model/capwap/capwap-request-queue.cc',
        'model/capwap/capwap-state-elements.cc',
        'model/client/controlled-port-net-device.cc',
        'model/client/roaming-manager.cc',
        'model/client/wlc-assoc-manager.cc',
        'model/client/wlc-sta-wifi-mac.cc',
        'model/client/wpa-supplicant.cc',
        'model/common/byte-reader.cc',
        'model/common/byte-writer.cc',
        'model/controller/ac-data-channel.cc',
        'model/controller/ap-table.cc',
        'model/controller/capwap-ac.cc',
        'model/controller/client-database.cc',
        'model/controller/client-entry.cc',
        'model/controller/show-commands.cc',
        'model/controller/wireless-lan-controller.cc',
        'model/controller/wlc-authenticator.cc',
        'model/controller/wlc-config.cc',
        'model/controller/wlc-data-plane.cc',
        'model/controller/wlc-mobility.cc',
        'model/ieee80211/dot11-data-frame.cc',
        'model/ieee80211/dot11-mgmt-frame.cc',
        'model/mobility/etherip-l4-protocol.cc',
        'model/mobility/mobility-header.cc',
        'model/mobility/mobility-manager.cc',
        'model/mobility/mobility-message-body.cc',
        'model/mobility/mobility-message.cc',
        'model/net/arp-frame.cc',
        'model/net/dhcp-snoop.cc',
        'model/security/eapol-frame.cc',
        'model/security/eapol-key-frame.cc',
        'model/security/rsn-element.cc',
        'model/security/wpa-authenticator-sm.cc',
        'model/security/wpa-crypto.cc',
        'model/security/wpa-handshake-result.cc',
        'model/security/wpa-supplicant-sm.cc',
        'model/stats/roam-monitor.cc',
        'model/stats/roam-statistics.cc',
    ]

    module_test = bld.create_ns3_module_test_library('wlc')
    module_test.source = [
        'test/arp-frame-test-suite.cc',
        'test/build-lists-test-suite.cc',
        'test/byte-reader-test-suite.cc',
        'test/capwap-decoder-test-suite.cc',
        'test/capwap-elements-test-suite.cc',
        'test/capwap-header-test-suite.cc',
        'test/capwap-join-test-suite.cc',
        'test/dhcp-snoop-test-suite.cc',
        'test/dot11-frame-test-suite.cc',
        'test/eapol-frame-test-suite.cc',
        'test/intra-roam-test-suite.cc',
        'test/l2-roam-test-suite.cc',
        'test/l3-pcap-decode-test-suite.cc',
        'test/l3-roam-test-suite.cc',
        'test/malformed-input-test-suite.cc',
        'test/mobility-dissector-test-suite.cc',
        'test/mobility-failure-test-suite.cc',
        'test/mobility-message-test-suite.cc',
        'test/pcap-decode-test-suite.cc',
        'test/pem-state-test-suite.cc',
        'test/roam-back-test-suite.cc',
        'test/roam-statistics-test-suite.cc',
        'test/station-roaming-test-suite.cc',
        'test/third-controller-test-suite.cc',
        'test/wpa-crypto-test-suite.cc',
        'test/wpa-handshake-test-suite.cc',
    ]

    headers = bld(features='ns3header')
    headers.module = 'wlc'
    headers.source = [
        'helper/lightweight-ap-helper.h',
        'helper/roaming-helper.h',
        'helper/roaming-scenario.h',
        'helper/wlc-client-helper.h',
        'helper/wlc-helper.h',
        'model/ap/capwap-wtp.h',
        'model/ap/wtp-data-channel.h',
        'model/ap/wtp-radio.h',
        'model/capwap/capwap-constants.h',
        'model/capwap/capwap-control-message.h',
        'model/capwap/capwap-data-message.h',
        'model/capwap/capwap-descriptor-elements.h',
        'model/capwap/capwap-elements.h',
        'model/capwap/capwap-header.h',
        'model/capwap/capwap-ieee80211-elements.h',
        'model/capwap/capwap-message-element.h',
        'model/capwap/capwap-request-queue.h',
        'model/capwap/capwap-state-elements.h',
        'model/client/controlled-port-net-device.h',
        'model/client/roaming-manager.h',
        'model/client/wlc-assoc-manager.h',
        'model/client/wlc-sta-wifi-mac.h',
        'model/client/wpa-supplicant.h',
        'model/common/address-hash.h',
        'model/common/byte-reader.h',
        'model/common/byte-writer.h',
        'model/common/wlc-ns3-compat.h',
        'model/controller/ac-data-channel.h',
        'model/controller/ap-entry.h',
        'model/controller/ap-table.h',
        'model/controller/capwap-ac.h',
        'model/controller/client-database.h',
        'model/controller/client-entry.h',
        'model/controller/show-commands.h',
        'model/controller/wireless-lan-controller.h',
        'model/controller/wlc-authenticator.h',
        'model/controller/wlc-config.h',
        'model/controller/wlc-data-plane.h',
        'model/controller/wlc-mobility.h',
        'model/ieee80211/dot11-data-frame.h',
        'model/ieee80211/dot11-mgmt-frame.h',
        'model/mobility/etherip-l4-protocol.h',
        'model/mobility/mobility-header.h',
        'model/mobility/mobility-manager.h',
        'model/mobility/mobility-message-body.h',
        'model/mobility/mobility-message.h',
        'model/net/arp-frame.h',
        'model/net/dhcp-snoop.h',
        'model/security/eapol-frame.h',
        'model/security/eapol-key-frame.h',
        'model/security/rsn-element.h',
        'model/security/wpa-authenticator-sm.h',
        'model/security/wpa-crypto.h',
        'model/security/wpa-handshake-result.h',
        'model/security/wpa-supplicant-sm.h',
        'model/stats/roam-monitor.h',
        'model/stats/roam-statistics.h',
    ]

    if bld.env.ENABLE_EXAMPLES:
        bld.recurse('examples')
