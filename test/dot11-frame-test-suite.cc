/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ns3/boolean.h"
#include "ns3/dot11-data-frame.h"
#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/dot11-mgmt-frame.h"
#include "ns3/mobility-helper.h"
#include "ns3/node-container.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/ssid.h"
#include "ns3/test.h"
#include "ns3/uinteger.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wifi-phy.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/yans-wifi-helper.h"

#include <algorithm>
#include <random>

/**
 * \file
 * \ingroup wlc-tests
 * IEEE 802.11 data frames (CAPWAP native format) and (Re)Association Requests: exact byte
 * images written from IEEE 802.11-2020 clause 9, swapped Frame Control, truncation, corrupted
 * fields, random byte flips, and (Re)Association Requests sent by ns-3's own StaWifiMac.
 */

namespace ns3
{
namespace
{

const Mac48Address kBssid("00:1a:2b:3c:4d:5e");   //!< BSSID of the tests
const Mac48Address kStation("00:11:22:33:44:55"); //!< station of the tests
const Mac48Address kHost("00:aa:bb:cc:dd:ee");    //!< wired host of the tests

/**
 * Uplink Data frame (IEEE 802.11-2020 9.3.2.1), Frame Control in air order.
 * To DS + Power Management, Address 1 = BSSID, 2 = SA, 3 = DA, RFC 1042 SNAP, ARP EtherType.
 */
const std::vector<uint8_t> kUplinkData = {
    0x08, 0x11,                         // FC: type 2 subtype 0; flags To DS (b0) | Pwr Mgt (b4)
    0x2c, 0x00,                         // Duration 44, little endian
    0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, // Address 1: BSSID
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // Address 2: SA (station)
    0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, // Address 3: DA
    0x30, 0x12,                         // Sequence Control: sequence 0x123, fragment 0
    0xaa, 0xaa, 0x03,                   // LLC: DSAP, SSAP SNAP, UI
    0x00, 0x00, 0x00,                   // SNAP OUI RFC 1042
    0x08, 0x06,                         // EtherType ARP, big endian
    0x00, 0x01, 0x08, 0x00, 0x06, 0x04, // payload
};

/**
 * Downlink QoS Data frame: From DS + Retry + More Data, Address 1 = DA, 2 = BSSID, 3 = SA,
 * QoS Control TID 5, 802.1H bridge-tunnel SNAP with the IPX EtherType.
 */
const std::vector<uint8_t> kDownlinkQos = {
    0x88, 0x2a,                         // FC: type 2 subtype 8; From DS (b1) | Retry | More Data
    0x00, 0x00,                         // Duration
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // Address 1: DA (station)
    0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, // Address 2: BSSID
    0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, // Address 3: SA
    0xf0, 0xff,                         // Sequence Control: sequence 4095, fragment 0
    0x05, 0x00,                         // QoS Control: TID 5
    0xaa, 0xaa, 0x03, 0x00, 0x00, 0xf8, // LLC/SNAP, OUI 802.1H
    0x81, 0x37,                         // EtherType IPX
    0xff, 0xff,                         // payload
};

/// QoS Data frame with +HTC (Order) and an HT Control field, From DS, IPv4 EtherType.
const std::vector<uint8_t> kQosHtc = {
    0x88, 0x82,                                     // FC: QoS Data; From DS | +HTC/Order
    0x30, 0x00,                                     // Duration 48
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55,             // Address 1: DA
    0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e,             // Address 2: BSSID
    0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee,             // Address 3: SA
    0x10, 0x00,                                     // sequence 1
    0x06, 0x00,                                     // QoS Control: TID 6
    0x78, 0x56, 0x34, 0x12,                         // HT Control 0x12345678, little endian
    0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x08, 0x00, // LLC/SNAP IPv4
    0x45,                                           // payload
};

/**
 * Association Request (IEEE 802.11-2020 9.3.3.6): the station 00:11:22:33:44:55 asks the
 * BSSID 00:1a:2b:3c:4d:5e to join "corp" with WPA2-PSK/CCMP and HT.
 */
const std::vector<uint8_t> kAssocRequest = {
    0x00,
    0x00, // FC: type 0, subtype 0 (Association Request)
    0x3a,
    0x01, // Duration 314
    0x00,
    0x1a,
    0x2b,
    0x3c,
    0x4d,
    0x5e, // Address 1: DA = BSSID
    0x00,
    0x11,
    0x22,
    0x33,
    0x44,
    0x55, // Address 2: SA = station
    0x00,
    0x1a,
    0x2b,
    0x3c,
    0x4d,
    0x5e, // Address 3: BSSID
    0x50,
    0x00, // Sequence Control: sequence 5
    0x31,
    0x04, // Capability: ESS | Privacy | Short Preamble | Short Slot Time = 0x0431
    0x0a,
    0x00, // Listen Interval 10
    0x00,
    0x04,
    'c',
    'o',
    'r',
    'p', // SSID "corp"      (offset 28)
    0x01,
    0x08,
    0x82,
    0x84,
    0x8b,
    0x96,
    0x0c,
    0x12,
    0x18,
    0x24, // Supported Rates (34):
          // 1 2 5.5 11 basic, 6 9 12 18
    0x32,
    0x04,
    0x30,
    0x48,
    0x60,
    0x6c, // Extended Supported Rates 24 36 48 54 (44)
    0x30,
    0x14, // RSN (50), length 20
    0x01,
    0x00, // version 1
    0x00,
    0x0f,
    0xac,
    0x04, // group cipher CCMP
    0x01,
    0x00,
    0x00,
    0x0f,
    0xac,
    0x04, // 1 pairwise cipher: CCMP
    0x01,
    0x00,
    0x00,
    0x0f,
    0xac,
    0x02, // 1 AKM: PSK
    0x00,
    0x00, // RSN Capabilities
    0x2d,
    0x1a, // HT Capabilities (72), length 26
    0xef,
    0x01, // HT Capability Information
    0x1b, // A-MPDU Parameters
    0xff,
    0xff,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00, // Supported MCS Set: MCS 0-15
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00, //
    0x00,
    0x00, // HT Extended Capabilities
    0x00,
    0x00,
    0x00,
    0x00, // Transmit Beamforming Capabilities
    0x00, // ASEL Capabilities
    0xdd,
    0x07,
    0x00,
    0x50,
    0xf2,
    0x02,
    0x00,
    0x01,
    0x00, // Vendor Specific (100): WMM Info
};

/// Offsets in kAssocRequest where a frame may end: after Supported Rates and every later element.
const std::vector<std::size_t> kAssocRequestEnds = {44, 50, 72, 100, 109};

/**
 * Reassociation Request (IEEE 802.11-2020 9.3.3.8) with Retry, Current AP 00:1a:2b:00:00:01,
 * four rates and no Extended Supported Rates, no other element.
 */
const std::vector<uint8_t> kReassocRequest = {
    0x20, 0x08,                         // FC: type 0, subtype 2; Retry
    0x00, 0x00,                         // Duration
    0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, // Address 1
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // Address 2
    0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, // Address 3
    0x60, 0x00,                         // sequence 6
    0x01, 0x00,                         // Capability: ESS
    0x01, 0x00,                         // Listen Interval 1
    0x00, 0x1a, 0x2b, 0x00, 0x00, 0x01, // Current AP Address
    0x00, 0x04, 'c',  'o',  'r',  'p',  // SSID
    0x01, 0x04, 0x82, 0x84, 0x8b, 0x96, // Supported Rates 1 2 5.5 11, all basic
};

/**
 * An Association Request as ns-3.37's StaWifiMac sends it (802.11n, 2.4 GHz, SSID "wlc-test"),
 * exactly as the AP's WifiPhy "MonitorSnifferRx" trace delivered it: WifiMacHeader, body, then
 * a 4-byte FCS that ns-3 leaves zero. Captured with a throw-away program against the Debian
 * ns-3.37 libraries. The body holds Capability 0x0420, Listen Interval 0, SSID, 8 Supported
 * Rates without basic flags, Extended Supported Rates 24 36 48 54 and 0x00 (ns-3 writes the HT
 * BSS membership selector 127 as 127 / 500000 = 0), Extended Capabilities (127) and HT
 * Capabilities (45), in that order.
 */
const std::vector<uint8_t> kNs3AssocRequest = {
    0x00, 0x00, 0x90, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x20, 0x04, 0x00, 0x00, 0x00, 0x08,
    0x77, 0x6c, 0x63, 0x2d, 0x74, 0x65, 0x73, 0x74, 0x01, 0x08, 0x02, 0x04, 0x0b, 0x16, 0x0c,
    0x12, 0x18, 0x24, 0x32, 0x05, 0x30, 0x48, 0x60, 0x6c, 0x00, 0x7f, 0x01, 0x00, 0x2d, 0x1a,
    0x02, 0x80, 0x03, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x41, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};

/**
 * The Reassociation Request the same ns-3.37 station sent after its PHY capabilities changed
 * (MonitorSnifferRx on the AP; zero FCS): sequence 1, Current AP 00:00:00:00:00:02.
 */
const std::vector<uint8_t> kNs3ReassocRequest = {
    0x20, 0x00, 0x60, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x10, 0x00, 0x20, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x02, 0x00, 0x08, 0x77, 0x6c, 0x63, 0x2d, 0x74, 0x65, 0x73, 0x74, 0x01, 0x08, 0x02, 0x04,
    0x0b, 0x16, 0x0c, 0x12, 0x18, 0x24, 0x32, 0x05, 0x30, 0x48, 0x60, 0x6c, 0x00, 0x7f, 0x01, 0x00,
    0x2d, 0x1a, 0x02, 0x80, 0x03, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x41,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};

/**
 * The Association Response of the ns-3.37 AP, from its MonitorSnifferTx trace (zero FCS):
 * the (Re)Association Request decoder must refuse it.
 */
const std::vector<uint8_t> kNs3AssocResponse = {
    0x10, 0x00, 0x58, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x20, 0x00, 0x01, 0x04, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x08, 0x82, 0x84, 0x0b, 0x16, 0x8c, 0x12, 0x98, 0x24, 0x2a, 0x01, 0x04, 0x32, 0x05,
    0xb0, 0x48, 0x60, 0x6c, 0x00, 0x0c, 0x12, 0x00, 0x00, 0x03, 0xa4, 0x00, 0x00, 0x27, 0xa4,
    0x00, 0x00, 0x42, 0x43, 0x80, 0x00, 0x62, 0x32, 0x41, 0x00, 0x7f, 0x01, 0x00, 0x2d, 0x1a,
    0x02, 0x80, 0x03, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x41, 0x00,
    0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3d, 0x16, 0x01, 0x00,
    0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x41,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
};

/// \param image a frame \return the same frame with the two Frame Control octets swapped
std::vector<uint8_t>
SwapFc(std::vector<uint8_t> image)
{
    std::swap(image[0], image[1]);
    return image;
}

/// \param frame a data frame \param swap swap Frame Control \return its encoding
std::vector<uint8_t>
EncodeData(const Dot11DataFrame& frame, bool swap)
{
    ByteWriter writer;
    frame.Encode(writer, swap);
    return writer.GetBytes();
}

/**
 * \param bytes an image \param swap swapped Frame Control \param frame the result
 * \return the reason of a failure, "" on success
 */
std::string
DecodeData(const std::vector<uint8_t>& bytes, bool swap, Dot11DataFrame& frame)
{
    ByteReader reader(bytes);
    std::string why;
    bool ok = Dot11DataFrame::Decode(reader, swap, frame, why);
    return ok ? std::string() : (why.empty() ? std::string("failed without a reason") : why);
}

/// \param frame a request \param swap swap FC \param fcs append FCS \return its encoding
std::vector<uint8_t>
EncodeMgmt(const Dot11AssocRequest& frame, bool swap = false, bool fcs = false)
{
    ByteWriter writer;
    frame.Encode(writer, swap, fcs);
    return writer.GetBytes();
}

/**
 * \param bytes an image \param fcs FCS mode \param swap swapped FC \param frame the result
 * \return the reason of a failure, "" on success
 */
std::string
DecodeMgmt(const std::vector<uint8_t>& bytes, Dot11FcsMode fcs, bool swap, Dot11AssocRequest& frame)
{
    ByteReader reader(bytes);
    std::string why;
    bool ok = Dot11AssocRequest::Decode(reader, fcs, swap, frame, why);
    return ok ? std::string() : (why.empty() ? std::string("failed without a reason") : why);
}

/// \param values rates in Mb/s, negative for basic \return the rate octets
std::vector<Dot11Rate>
Rates(const std::vector<double>& values)
{
    std::vector<Dot11Rate> rates;
    for (double value : values)
    {
        rates.push_back(Dot11Rate::FromMbps(value < 0 ? -value : value, value < 0));
    }
    return rates;
}

/// Data frames built by the factories equal the hand-written images, swapped or not.
class DataEncodeTestCase : public TestCase
{
  public:
    DataEncodeTestCase()
        : TestCase("data frames: factories and Encode give the IEEE 802.11 byte images")
    {
    }

  private:
    void DoRun() override
    {
        Dot11DataFrame up = Dot11DataFrame::MakeUplink(kBssid,
                                                       kStation,
                                                       kHost,
                                                       0x0806,
                                                       {0x00, 0x01, 0x08, 0x00, 0x06, 0x04});
        up.SetDuration(44);
        up.SetSequenceNumber(0x123);
        Dot11FrameControl fc = up.GetFrameControl();
        fc.powerManagement = true;
        up.SetFrameControl(fc);
        NS_TEST_ASSERT_MSG_EQ((EncodeData(up, false) == kUplinkData), true, "uplink image");
        NS_TEST_ASSERT_MSG_EQ((EncodeData(up, true) == SwapFc(kUplinkData)),
                              true,
                              "uplink image, swapped Frame Control");
        NS_TEST_ASSERT_MSG_EQ(unsigned(EncodeData(up, true)[0]), 0x11u, "flags octet first");

        Dot11DataFrame down =
            Dot11DataFrame::MakeDownlink(kBssid, kHost, kStation, 0x8137, {0xff, 0xff});
        down.SetQos(true, 5);
        down.SetSequenceNumber(4095);
        down.SetSnapOui(Dot11DataFrame::OUI_BRIDGE_TUNNEL);
        fc = down.GetFrameControl();
        fc.retry = true;
        fc.moreData = true;
        down.SetFrameControl(fc);
        NS_TEST_ASSERT_MSG_EQ((EncodeData(down, false) == kDownlinkQos), true, "downlink QoS");
        NS_TEST_ASSERT_MSG_EQ((EncodeData(down, true) == SwapFc(kDownlinkQos)),
                              true,
                              "downlink QoS, swapped");

        Dot11DataFrame htc = Dot11DataFrame::MakeDownlink(kBssid, kHost, kStation, 0x0800, {0x45});
        htc.SetQos(true, 6);
        htc.SetHtControl(0x12345678);
        htc.SetDuration(48);
        htc.SetSequenceNumber(1);
        NS_TEST_ASSERT_MSG_EQ((EncodeData(htc, false) == kQosHtc), true, "QoS + HT Control");
    }
};

/// Decoding the images gives every field back, and the DS bits select SA, DA and BSSID.
class DataDecodeTestCase : public TestCase
{
  public:
    DataDecodeTestCase()
        : TestCase("data frames: Decode gives the fields back, addresses follow the DS bits")
    {
    }

  private:
    void DoRun() override
    {
        for (bool swap : {false, true})
        {
            Dot11DataFrame f;
            NS_TEST_ASSERT_MSG_EQ(DecodeData(swap ? SwapFc(kUplinkData) : kUplinkData, swap, f),
                                  "",
                                  "uplink decodes");
            NS_TEST_ASSERT_MSG_EQ(f.GetFrameControl().toDs, true, "To DS");
            NS_TEST_ASSERT_MSG_EQ(f.GetFrameControl().fromDs, false, "From DS");
            NS_TEST_ASSERT_MSG_EQ(f.GetFrameControl().powerManagement, true, "Pwr Mgt");
            NS_TEST_ASSERT_MSG_EQ(f.GetFrameControl().retry, false, "Retry");
            NS_TEST_ASSERT_MSG_EQ(f.IsQos(), false, "not QoS");
            NS_TEST_ASSERT_MSG_EQ(f.GetDuration(), 44, "duration");
            NS_TEST_ASSERT_MSG_EQ(f.GetSequenceNumber(), 0x123, "sequence");
            NS_TEST_ASSERT_MSG_EQ(unsigned(f.GetFragmentNumber()), 0u, "fragment");
            NS_TEST_ASSERT_MSG_EQ(f.GetBssid(), kBssid, "BSSID = A1");
            NS_TEST_ASSERT_MSG_EQ(f.GetSource(), kStation, "SA = A2");
            NS_TEST_ASSERT_MSG_EQ(f.GetDestination(), kHost, "DA = A3");
            NS_TEST_ASSERT_MSG_EQ(f.GetEtherType(), 0x0806, "EtherType");
            NS_TEST_ASSERT_MSG_EQ(f.GetSnapOui(), Dot11DataFrame::OUI_RFC1042, "OUI");
            NS_TEST_ASSERT_MSG_EQ(
                (f.GetPayload() == std::vector<uint8_t>{0x00, 0x01, 0x08, 0x00, 0x06, 0x04}),
                true,
                "payload");
        }

        Dot11DataFrame d;
        NS_TEST_ASSERT_MSG_EQ(DecodeData(kDownlinkQos, false, d), "", "downlink decodes");
        NS_TEST_ASSERT_MSG_EQ(d.GetFrameControl().fromDs, true, "From DS");
        NS_TEST_ASSERT_MSG_EQ(d.GetFrameControl().retry, true, "Retry");
        NS_TEST_ASSERT_MSG_EQ(d.GetFrameControl().moreData, true, "More Data");
        NS_TEST_ASSERT_MSG_EQ(d.IsQos(), true, "QoS");
        NS_TEST_ASSERT_MSG_EQ(unsigned(d.GetTid()), 5u, "TID");
        NS_TEST_ASSERT_MSG_EQ(d.HasHtControl(), false, "no HT Control");
        NS_TEST_ASSERT_MSG_EQ(d.GetSequenceNumber(), 4095, "sequence");
        NS_TEST_ASSERT_MSG_EQ(d.GetDestination(), kStation, "DA = A1");
        NS_TEST_ASSERT_MSG_EQ(d.GetBssid(), kBssid, "BSSID = A2");
        NS_TEST_ASSERT_MSG_EQ(d.GetSource(), kHost, "SA = A3");
        NS_TEST_ASSERT_MSG_EQ(d.GetSnapOui(), Dot11DataFrame::OUI_BRIDGE_TUNNEL, "802.1H");
        NS_TEST_ASSERT_MSG_EQ(d.GetEtherType(), 0x8137, "EtherType");

        Dot11DataFrame h;
        NS_TEST_ASSERT_MSG_EQ(DecodeData(kQosHtc, false, h), "", "QoS + HTC decodes");
        NS_TEST_ASSERT_MSG_EQ(h.HasHtControl(), true, "HT Control present");
        NS_TEST_ASSERT_MSG_EQ(h.GetHtControl(), 0x12345678u, "HT Control value");
        NS_TEST_ASSERT_MSG_EQ(unsigned(h.GetTid()), 6u, "TID");
        NS_TEST_ASSERT_MSG_EQ(h.GetEtherType(), 0x0800, "EtherType after HT Control");
        NS_TEST_ASSERT_MSG_EQ(h.GetPayload().size(), 1u, "payload");

        // Frame Control read with the wrong byte order: octet 0 is then 0x11 or 0x2a, whose
        // protocol version bits are not 0
        NS_TEST_ASSERT_MSG_EQ(DecodeData(kUplinkData, true, d),
                              "unsupported 802.11 protocol version 1",
                              "unswapped image read as swapped");
        NS_TEST_ASSERT_MSG_EQ(DecodeData(SwapFc(kDownlinkQos), false, d),
                              "unsupported 802.11 protocol version 2",
                              "swapped image read as unswapped");

        Dot11FrameControl peek;
        const std::vector<uint8_t> swapped = SwapFc(kDownlinkQos);
        ByteReader reader(swapped);
        NS_TEST_ASSERT_MSG_EQ(Dot11FrameControl::Peek(reader, true, peek), true, "peek");
        NS_TEST_ASSERT_MSG_EQ(unsigned(peek.type), 2u, "peeked type");
        NS_TEST_ASSERT_MSG_EQ(unsigned(peek.subtype), 8u, "peeked subtype");
        NS_TEST_ASSERT_MSG_EQ(reader.GetOffset(), 0u, "peek does not consume");
    }
};

/// Truncated and corrupted data frames are rejected with the right reason.
class DataRejectTestCase : public TestCase
{
  public:
    DataRejectTestCase()
        : TestCase("data frames: truncation and corrupted fields are rejected with a reason")
    {
    }

  private:
    /**
     * \param image the frame \param offset byte to change \param value new value
     * \return the reason Decode gives
     */
    std::string Reason(std::vector<uint8_t> image, std::size_t offset, uint8_t value)
    {
        image[offset] = value;
        Dot11DataFrame f;
        return DecodeData(image, false, f);
    }

    void DoRun() override
    {
        // every prefix that ends before the EtherType is rejected; after it the frame has no
        // length field, so a shorter payload is a valid frame
        for (const auto* image : {&kUplinkData, &kDownlinkQos, &kQosHtc})
        {
            std::size_t payloadStart = image->size() - (image == &kUplinkData    ? 6
                                                        : image == &kDownlinkQos ? 2
                                                                                 : 1);
            for (std::size_t size = 0; size < image->size(); ++size)
            {
                std::vector<uint8_t> prefix(image->begin(), image->begin() + size);
                Dot11DataFrame f;
                std::string why = DecodeData(prefix, false, f);
                if (size < payloadStart)
                {
                    NS_TEST_ASSERT_MSG_NE(why, "", "prefix of " << size << " bytes accepted");
                }
                else
                {
                    NS_TEST_ASSERT_MSG_EQ(why, "", "prefix of " << size << " bytes rejected");
                    NS_TEST_ASSERT_MSG_EQ(f.GetPayload().size(), size - payloadStart, "payload");
                }
            }
        }
        Dot11DataFrame f;
        NS_TEST_ASSERT_MSG_EQ(DecodeData({0x08, 0x01}, false, f),
                              "truncated 802.11 header",
                              "header only");
        NS_TEST_ASSERT_MSG_EQ(
            DecodeData(std::vector<uint8_t>(kDownlinkQos.begin(), kDownlinkQos.begin() + 25),
                       false,
                       f),
            "truncated QoS Control",
            "QoS Control cut");
        NS_TEST_ASSERT_MSG_EQ(
            DecodeData(std::vector<uint8_t>(kQosHtc.begin(), kQosHtc.begin() + 28), false, f),
            "truncated QoS/HT Control",
            "HT Control cut");
        NS_TEST_ASSERT_MSG_EQ(
            DecodeData(std::vector<uint8_t>(kUplinkData.begin(), kUplinkData.begin() + 30),
                       false,
                       f),
            "missing LLC/SNAP header",
            "SNAP cut");

        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 0, 0x80), "not a data frame (type 0)", "Beacon");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 0, 0xd4), "not a data frame (type 1)", "ACK");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 0, 0x48),
                              "null data frame carries no MSDU",
                              "Null");
        NS_TEST_ASSERT_MSG_EQ(Reason(kDownlinkQos, 0, 0xc8),
                              "QoS null frame carries no MSDU",
                              "QoS Null");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 0, 0x18),
                              "unsupported data subtype 1",
                              "Data+CF-Ack");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 1, 0x03),
                              "four-address frame (To DS and From DS) not supported",
                              "WDS");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 1, 0x41),
                              "protected frame: the body is encrypted",
                              "Protected");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 1, 0x05),
                              "fragmented MSDU not supported",
                              "More Fragments");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 22, 0x31),
                              "fragmented MSDU not supported",
                              "fragment number 1");
        NS_TEST_ASSERT_MSG_EQ(Reason(kDownlinkQos, 24, 0x85),
                              "A-MSDU not supported",
                              "A-MSDU Present");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 24, 0xe0), "not an LLC/SNAP header", "DSAP");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 26, 0x13), "not an LLC/SNAP header", "control");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 29, 0x0c), "unsupported SNAP OUI", "Cisco OUI");
        NS_TEST_ASSERT_MSG_EQ(Reason(kUplinkData, 30, 0x05),
                              "SNAP protocol id is not an EtherType",
                              "802.3 length");
    }
};

/// Association Requests built with the API equal the hand-written images.
class MgmtEncodeTestCase : public TestCase
{
  public:
    MgmtEncodeTestCase()
        : TestCase("(re)association requests: Encode gives the IEEE 802.11 byte images")
    {
    }

  private:
    void DoRun() override
    {
        Dot11AssocRequest f = Dot11AssocRequest::MakeAssociation(
            kBssid,
            kStation,
            "corp",
            Rates({-1, -2, -5.5, -11, 6, 9, 12, 18, 24, 36, 48, 54}));
        f.SetDuration(314);
        f.SetSequenceNumber(5);
        f.SetCapabilityInformation(0x0431);
        f.SetListenInterval(10);
        // set HT before RSN: the elements still come out in the standard order
        std::vector<uint8_t> ht(kAssocRequest.begin() + 74, kAssocRequest.begin() + 100);
        NS_TEST_ASSERT_MSG_EQ(f.SetHtCapabilities(ht), true, "HT Capabilities set");
        NS_TEST_ASSERT_MSG_EQ(f.SetRsnElement(std::vector<uint8_t>(kAssocRequest.begin() + 50,
                                                                   kAssocRequest.begin() + 72)),
                              true,
                              "RSN set");
        NS_TEST_ASSERT_MSG_EQ(f.AddElement({221, {0x00, 0x50, 0xf2, 0x02, 0x00, 0x01, 0x00}}),
                              true,
                              "vendor element added");
        NS_TEST_ASSERT_MSG_EQ((EncodeMgmt(f) == kAssocRequest), true, "association image");
        NS_TEST_ASSERT_MSG_EQ((EncodeMgmt(f, true) == SwapFc(kAssocRequest)),
                              true,
                              "association image, swapped Frame Control");

        // a frame with FCS: CRC-32 of the frame, least significant byte first
        std::vector<uint8_t> withFcs = EncodeMgmt(f, false, true);
        NS_TEST_ASSERT_MSG_EQ(withFcs.size(), kAssocRequest.size() + 4, "FCS appended");
        if (IsStatusFailure())
        {
            return;
        }
        uint32_t crc = Dot11AssocRequest::ComputeFcs(kAssocRequest.data(), kAssocRequest.size());
        NS_TEST_ASSERT_MSG_EQ(unsigned(withFcs[109]), (crc & 0xff), "FCS byte 0");
        NS_TEST_ASSERT_MSG_EQ(unsigned(withFcs[112]), (crc >> 24), "FCS byte 3");
        const uint8_t check[] = {'1', '2', '3', '4', '5', '6', '7', '8', '9'};
        NS_TEST_ASSERT_MSG_EQ(Dot11AssocRequest::ComputeFcs(check, sizeof(check)),
                              0xcbf43926u,
                              "CRC-32 check value of \"123456789\"");

        Dot11AssocRequest r =
            Dot11AssocRequest::MakeReassociation(kBssid,
                                                 kStation,
                                                 Mac48Address("00:1a:2b:00:00:01"),
                                                 "corp",
                                                 Rates({-1, -2, -5.5, -11}));
        r.SetSequenceNumber(6);
        r.SetRetry(true);
        r.SetListenInterval(1);
        NS_TEST_ASSERT_MSG_EQ((EncodeMgmt(r) == kReassocRequest), true, "reassociation image");

        NS_TEST_ASSERT_MSG_EQ(f.SetSsid(std::string(33, 'x')), false, "SSID cut to 32");
        NS_TEST_ASSERT_MSG_EQ(f.GetSsid().size(), 32u, "cut SSID");
        NS_TEST_ASSERT_MSG_EQ(f.SetHtCapabilities({1, 2, 3}), false, "short HT refused");
        NS_TEST_ASSERT_MSG_EQ(f.SetRsnElement({48, 2, 2, 0}), false, "RSN v2 refused");
        NS_TEST_ASSERT_MSG_EQ(f.AddElement({0, {}}), false, "second SSID refused");
        NS_TEST_ASSERT_MSG_EQ(f.SetRates({}), false, "no rate refused");
    }
};

/// Decoding the hand-written images gives the fields back.
class MgmtDecodeTestCase : public TestCase
{
  public:
    MgmtDecodeTestCase()
        : TestCase("(re)association requests: Decode gives the fields and elements back")
    {
    }

  private:
    void DoRun() override
    {
        Dot11AssocRequest f;
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(kAssocRequest, Dot11FcsMode::ABSENT, false, f),
                              "",
                              "association request decodes");
        NS_TEST_ASSERT_MSG_EQ(f.IsReassociation(), false, "association");
        NS_TEST_ASSERT_MSG_EQ(f.GetDuration(), 314, "duration");
        NS_TEST_ASSERT_MSG_EQ(f.GetSequenceNumber(), 5, "sequence");
        NS_TEST_ASSERT_MSG_EQ(f.GetDestination(), kBssid, "DA");
        NS_TEST_ASSERT_MSG_EQ(f.GetStation(), kStation, "SA");
        NS_TEST_ASSERT_MSG_EQ(f.GetBssid(), kBssid, "BSSID");
        NS_TEST_ASSERT_MSG_EQ(f.GetCapabilityInformation(), 0x0431, "capability");
        NS_TEST_ASSERT_MSG_EQ(f.GetListenInterval(), 10, "listen interval");
        NS_TEST_ASSERT_MSG_EQ(f.GetSsid(), "corp", "SSID");
        std::vector<Dot11Rate> rates = f.GetRates();
        NS_TEST_ASSERT_MSG_EQ(rates.size(), 12u, "12 rates");
        if (IsStatusFailure())
        {
            return;
        }
        const double mbps[] = {1, 2, 5.5, 11, 6, 9, 12, 18, 24, 36, 48, 54};
        for (std::size_t i = 0; i < rates.size(); ++i)
        {
            NS_TEST_ASSERT_MSG_EQ(rates[i].GetMbps(), mbps[i], "rate " << i);
            NS_TEST_ASSERT_MSG_EQ(rates[i].IsBasic(), (i < 4), "basic flag " << i);
        }
        NS_TEST_ASSERT_MSG_EQ(f.GetRatesMbps().size(), 12u, "rates in Mb/s");
        NS_TEST_ASSERT_MSG_EQ(f.HasRsn(), true, "RSN");
        NS_TEST_ASSERT_MSG_EQ(
            (f.GetRsnElement() ==
             std::vector<uint8_t>(kAssocRequest.begin() + 50, kAssocRequest.begin() + 72)),
            true,
            "raw RSN element with ID and length");
        NS_TEST_ASSERT_MSG_EQ(f.HasHtCapabilities(), true, "HT");
        NS_TEST_ASSERT_MSG_EQ(f.GetHtCapabilities().size(), 26u, "HT body");
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(unsigned(f.GetHtCapabilities()[0]), 0xefu, "HT info");
        NS_TEST_ASSERT_MSG_EQ(f.GetElements().size(), 6u, "6 elements");
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(unsigned(f.GetElements()[5].id), 221u, "vendor element kept");
        NS_TEST_ASSERT_MSG_EQ(f.GetElements()[5].body.size(), 7u, "vendor body kept");
        NS_TEST_ASSERT_MSG_EQ((EncodeMgmt(f) == kAssocRequest), true, "re-encodes exactly");

        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(SwapFc(kAssocRequest), Dot11FcsMode::ABSENT, true, f),
                              "",
                              "swapped Frame Control");
        NS_TEST_ASSERT_MSG_EQ(f.GetSsid(), "corp", "SSID of swapped frame");

        Dot11AssocRequest r;
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(kReassocRequest, Dot11FcsMode::ABSENT, false, r),
                              "",
                              "reassociation request decodes");
        NS_TEST_ASSERT_MSG_EQ(r.IsReassociation(), true, "reassociation");
        NS_TEST_ASSERT_MSG_EQ(r.GetFrameControl().retry, true, "Retry");
        NS_TEST_ASSERT_MSG_EQ(r.GetCurrentApAddress(),
                              Mac48Address("00:1a:2b:00:00:01"),
                              "Current AP");
        NS_TEST_ASSERT_MSG_EQ(r.GetRates().size(), 4u, "4 rates");
        NS_TEST_ASSERT_MSG_EQ(r.HasRsn(), false, "no RSN");
        NS_TEST_ASSERT_MSG_EQ(r.GetRsnElement().empty(), true, "empty RSN");
        NS_TEST_ASSERT_MSG_EQ(r.HasHtCapabilities(), false, "no HT");

        // FCS handling
        std::vector<uint8_t> withFcs = kReassocRequest;
        uint32_t crc = Dot11AssocRequest::ComputeFcs(withFcs.data(), withFcs.size());
        for (int i = 0; i < 4; ++i)
        {
            withFcs.push_back((crc >> (8 * i)) & 0xff);
        }
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(withFcs, Dot11FcsMode::CHECKED, false, r), "", "good FCS");
        NS_TEST_ASSERT_MSG_EQ(r.GetRates().size(), 4u, "FCS not read as element");
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(withFcs, Dot11FcsMode::PRESENT, false, r),
                              "",
                              "FCS stripped");
        withFcs[40] ^= 0x01;
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(withFcs, Dot11FcsMode::CHECKED, false, r),
                              "bad FCS",
                              "corrupted frame");
    }
};

/// The frames ns-3.37's StaWifiMac really sent, as the AP's MonitorSnifferRx delivered them.
class MgmtNs3CaptureTestCase : public TestCase
{
  public:
    MgmtNs3CaptureTestCase()
        : TestCase("(re)association requests: frames captured from ns-3.37 decode")
    {
    }

  private:
    void DoRun() override
    {
        Dot11AssocRequest f;
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(kNs3AssocRequest, Dot11FcsMode::PRESENT, false, f),
                              "",
                              "ns-3 association request");
        NS_TEST_ASSERT_MSG_EQ(f.GetStation(), Mac48Address("00:00:00:00:00:01"), "station");
        NS_TEST_ASSERT_MSG_EQ(f.GetBssid(), Mac48Address("00:00:00:00:00:02"), "BSSID");
        NS_TEST_ASSERT_MSG_EQ(f.GetDuration(), 0x0490, "duration");
        NS_TEST_ASSERT_MSG_EQ(f.GetCapabilityInformation(), 0x0420, "short preamble, slot");
        NS_TEST_ASSERT_MSG_EQ(f.GetListenInterval(), 0, "ns-3.37 listen interval 0");
        NS_TEST_ASSERT_MSG_EQ(f.GetSsid(), "wlc-test", "SSID");
        NS_TEST_ASSERT_MSG_EQ(f.GetRates().size(), 13u, "12 rates and ns-3's 0x00 selector");
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(unsigned(f.GetRates()[12].value), 0u, "the 0x00 octet");
        const std::vector<double> mbps = {1, 2, 5.5, 11, 6, 9, 12, 18, 24, 36, 48, 54};
        NS_TEST_ASSERT_MSG_EQ((f.GetRatesMbps() == mbps), true, "rates in Mb/s");
        NS_TEST_ASSERT_MSG_EQ(f.GetRates()[0].IsBasic(), false, "no basic flag from ns-3");
        NS_TEST_ASSERT_MSG_EQ(f.HasHtCapabilities(), true, "HT Capabilities");
        NS_TEST_ASSERT_MSG_EQ(f.HasRsn(), false, "no RSN in ns-3");
        NS_TEST_ASSERT_MSG_EQ(f.GetElements().size(), 5u, "SSID, rates, extended rates, 127, 45");
        if (IsStatusFailure())
        {
            return;
        }
        NS_TEST_ASSERT_MSG_EQ(unsigned(f.GetElements()[3].id), 127u, "Extended Capabilities");
        NS_TEST_ASSERT_MSG_EQ(unsigned(f.GetElements()[4].id), 45u, "then HT Capabilities");
        std::vector<uint8_t> noFcs(kNs3AssocRequest.begin(), kNs3AssocRequest.end() - 4);
        NS_TEST_ASSERT_MSG_EQ((EncodeMgmt(f) == noFcs), true, "re-encodes exactly");
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(kNs3AssocRequest, Dot11FcsMode::CHECKED, false, f),
                              "bad FCS",
                              "ns-3's FCS is zero");
        // without FCS stripping, the zero FCS reads as a second (empty) SSID element
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(kNs3AssocRequest, Dot11FcsMode::ABSENT, false, f),
                              "duplicate element 0",
                              "the zero FCS is not an element");

        Dot11AssocRequest r;
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(kNs3ReassocRequest, Dot11FcsMode::PRESENT, false, r),
                              "",
                              "ns-3 reassociation request");
        NS_TEST_ASSERT_MSG_EQ(r.IsReassociation(), true, "reassociation");
        NS_TEST_ASSERT_MSG_EQ(r.GetSequenceNumber(), 1, "sequence");
        NS_TEST_ASSERT_MSG_EQ(r.GetCurrentApAddress(),
                              Mac48Address("00:00:00:00:00:02"),
                              "Current AP");
        NS_TEST_ASSERT_MSG_EQ(r.GetSsid(), "wlc-test", "SSID");

        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(kNs3AssocResponse, Dot11FcsMode::PRESENT, false, r),
                              "not a (Re)Association Request (subtype 1)",
                              "Association Response refused");
    }
};

/**
 * Dot11MgmtBodyFrame, the management frames the 802.11r exchange tunnels: an FT Authentication
 * frame's image both ways (Frame Control swapped as in CAPWAP), the fixed fields of each
 * subtype, element runs found and checked, and frames that are too short or not management.
 */
class MgmtBodyFrameTestCase : public TestCase
{
  public:
    MgmtBodyFrameTestCase()
        : TestCase("management frames with an octet body: image, fixed fields, element runs")
    {
    }

  private:
    void DoRun() override
    {
        // Authentication from the BSSID to the station, sequence 0x123; body: algorithm 2 (FT),
        // transaction sequence 2, status 0, then an MDE (54) and an empty vendor element (221)
        const std::vector<uint8_t> body =
            {0x02, 0x00, 0x02, 0x00, 0x00, 0x00, 0x36, 0x03, 0xa1, 0xb2, 0x00, 0xdd, 0x00};
        std::vector<uint8_t> image = {
            0x00, 0xb0,                         // FC, swapped: type 0 subtype 11
            0x00, 0x00,                         // Duration
            0x00, 0x11, 0x22, 0x33, 0x44, 0x55, // Address 1: the station
            0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, // Address 2: the BSSID
            0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e, // Address 3: the BSSID
            0x30, 0x12,                         // Sequence Control: 0x123
        };
        image.insert(image.end(), body.begin(), body.end());
        Dot11MgmtBodyFrame frame(Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION,
                                 kStation,
                                 kBssid,
                                 kBssid,
                                 body);
        frame.SetSequenceNumber(0x123);
        NS_TEST_ASSERT_MSG_EQ((frame.Encode(true) == image), true, "swapped image");
        std::vector<uint8_t> air = image;
        std::swap(air[0], air[1]);
        NS_TEST_ASSERT_MSG_EQ((frame.Encode(false) == air), true, "air-order image");

        Dot11MgmtBodyFrame decoded;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(Dot11MgmtBodyFrame::Decode(image, true, decoded, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(unsigned(decoded.GetSubtype()), 11u, "subtype");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetDestination(), kStation, "Address 1");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetSource(), kBssid, "Address 2");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetSequenceNumber(), 0x123, "sequence number");
        NS_TEST_EXPECT_MSG_EQ((decoded.GetBody() == body), true, "body");

        // fixed fields by subtype (IEEE 802.11-2020 9.3.3), then the elements
        const std::vector<std::pair<uint8_t, std::size_t>> fixed = {
            {Dot11MgmtBodyFrame::SUBTYPE_ASSOC_REQUEST, 4},
            {Dot11MgmtBodyFrame::SUBTYPE_ASSOC_RESPONSE, 6},
            {Dot11MgmtBodyFrame::SUBTYPE_REASSOC_REQUEST, 10},
            {Dot11MgmtBodyFrame::SUBTYPE_REASSOC_RESPONSE, 6},
            {Dot11MgmtBodyFrame::SUBTYPE_PROBE_REQUEST, 0},
            {Dot11MgmtBodyFrame::SUBTYPE_PROBE_RESPONSE, 12},
            {Dot11MgmtBodyFrame::SUBTYPE_BEACON, 12},
            {Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION, 6}};
        for (const auto& [subtype, size] : fixed)
        {
            NS_TEST_EXPECT_MSG_EQ(Dot11MgmtBodyFrame::FixedFieldsSize(subtype),
                                  size,
                                  "fixed fields of subtype " << unsigned(subtype));
        }
        std::vector<uint8_t> elements;
        NS_TEST_ASSERT_MSG_EQ(
            Dot11MgmtBodyFrame::ElementsOf(Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION,
                                           body,
                                           elements),
            true,
            "elements of the Authentication frame");
        NS_TEST_EXPECT_MSG_EQ((elements == std::vector<uint8_t>(body.begin() + 6, body.end())),
                              true,
                              "the octets after the fixed fields");
        NS_TEST_EXPECT_MSG_EQ((Dot11MgmtBodyFrame::FindElement(elements, 54) ==
                               std::vector<uint8_t>{0x36, 0x03, 0xa1, 0xb2, 0x00}),
                              true,
                              "the MDE found");
        NS_TEST_EXPECT_MSG_EQ(Dot11MgmtBodyFrame::FindElement(elements, 55).size(), 0u, "no FTE");
        NS_TEST_EXPECT_MSG_EQ(Dot11MgmtBodyFrame::CheckElements(elements, why), true, why);
        std::vector<uint8_t> cut = elements;
        cut.back() = 0x05; // the vendor element claims 5 octets, none follow
        NS_TEST_EXPECT_MSG_EQ(Dot11MgmtBodyFrame::CheckElements(cut, why),
                              false,
                              "an element running past the end");
        NS_TEST_EXPECT_MSG_EQ(
            Dot11MgmtBodyFrame::ElementsOf(Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION,
                                           std::vector<uint8_t>(body.begin(), body.begin() + 5),
                                           elements),
            false,
            "5 octets are shorter than an Authentication frame's fixed fields");
        NS_TEST_EXPECT_MSG_EQ(elements.size(), 0u, "no elements then");

        // too short for the header, and a data frame
        NS_TEST_EXPECT_MSG_EQ(
            Dot11MgmtBodyFrame::Decode(std::vector<uint8_t>(image.begin(), image.begin() + 23),
                                       true,
                                       decoded,
                                       why),
            false,
            "23 octets");
        std::vector<uint8_t> data = image;
        data[1] = 0x08; // swapped FC: type 2
        NS_TEST_EXPECT_MSG_EQ(Dot11MgmtBodyFrame::Decode(data, true, decoded, why),
                              false,
                              "a data frame");
    }
};

/// Truncated and corrupted (re)association requests are rejected with the right reason.
class MgmtRejectTestCase : public TestCase
{
  public:
    MgmtRejectTestCase()
        : TestCase("(re)association requests: truncation and bad elements are rejected")
    {
    }

  private:
    /**
     * \param image the frame \param offset byte to change \param value new value
     * \return the reason Decode gives
     */
    std::string Reason(std::vector<uint8_t> image, std::size_t offset, uint8_t value)
    {
        image[offset] = value;
        Dot11AssocRequest f;
        return DecodeMgmt(image, Dot11FcsMode::ABSENT, false, f);
    }

    /// \param elements elements after the fixed fields \return the reason Decode gives
    std::string WithElements(const std::vector<uint8_t>& elements)
    {
        std::vector<uint8_t> image(kAssocRequest.begin(), kAssocRequest.begin() + 28);
        image.insert(image.end(), elements.begin(), elements.end());
        Dot11AssocRequest f;
        return DecodeMgmt(image, Dot11FcsMode::ABSENT, false, f);
    }

    void DoRun() override
    {
        // a frame may end after Supported Rates at an element boundary, nowhere else
        for (std::size_t size = 0; size <= kAssocRequest.size(); ++size)
        {
            std::vector<uint8_t> prefix(kAssocRequest.begin(), kAssocRequest.begin() + size);
            Dot11AssocRequest f;
            std::string why = DecodeMgmt(prefix, Dot11FcsMode::ABSENT, false, f);
            bool boundary = std::find(kAssocRequestEnds.begin(), kAssocRequestEnds.end(), size) !=
                            kAssocRequestEnds.end();
            NS_TEST_ASSERT_MSG_EQ(why.empty(), boundary, "prefix of " << size << ": " << why);
            // with an FCS expected, no prefix of the frame plus a (wrong) FCS passes CHECKED
            std::vector<uint8_t> withFcs = prefix;
            withFcs.insert(withFcs.end(), {0, 0, 0, 0});
            NS_TEST_ASSERT_MSG_NE(DecodeMgmt(withFcs, Dot11FcsMode::CHECKED, false, f),
                                  "",
                                  "zero FCS accepted at " << size);
        }
        for (std::size_t size = 0; size < kReassocRequest.size(); ++size)
        {
            std::vector<uint8_t> prefix(kReassocRequest.begin(), kReassocRequest.begin() + size);
            Dot11AssocRequest f;
            NS_TEST_ASSERT_MSG_NE(DecodeMgmt(prefix, Dot11FcsMode::ABSENT, false, f),
                                  "",
                                  "reassociation prefix " << size);
        }
        Dot11AssocRequest f;
        NS_TEST_ASSERT_MSG_EQ(DecodeMgmt({0x00, 0x00, 0x3a}, Dot11FcsMode::ABSENT, false, f),
                              "truncated 802.11 header",
                              "header");
        NS_TEST_ASSERT_MSG_EQ(
            DecodeMgmt(std::vector<uint8_t>(kAssocRequest.begin(), kAssocRequest.begin() + 26),
                       Dot11FcsMode::ABSENT,
                       false,
                       f),
            "truncated fixed fields",
            "fixed fields");
        NS_TEST_ASSERT_MSG_EQ(
            DecodeMgmt(std::vector<uint8_t>(kReassocRequest.begin(), kReassocRequest.begin() + 30),
                       Dot11FcsMode::ABSENT,
                       false,
                       f),
            "truncated fixed fields",
            "Current AP cut");
        NS_TEST_ASSERT_MSG_EQ(
            DecodeMgmt(std::vector<uint8_t>(kAssocRequest.begin(), kAssocRequest.begin() + 105),
                       Dot11FcsMode::ABSENT,
                       false,
                       f),
            "element 221 overruns the frame body",
            "vendor element cut");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 73, 0xff),
                              "element 45 overruns the frame body",
                              "HT length too long");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 0, 0x10),
                              "not a (Re)Association Request (subtype 1)",
                              "Association Response");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 0, 0x40),
                              "not a (Re)Association Request (subtype 4)",
                              "Probe Request");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 0, 0x08),
                              "not a management frame (type 2)",
                              "data frame");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 0, 0x01),
                              "unsupported 802.11 protocol version 1",
                              "version");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 1, 0x01),
                              "management frame with To DS or From DS set",
                              "To DS");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 1, 0x40),
                              "protected (Re)Association Request",
                              "Protected");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 1, 0x04),
                              "fragmented management frame not supported",
                              "More Fragments");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 52, 0x02),
                              "unsupported RSN version",
                              "RSN version 2");
        NS_TEST_ASSERT_MSG_EQ(Reason(kAssocRequest, 51, 0x01),
                              "RSN element too short",
                              "RSN length 1 (the rest reads as elements)");

        std::vector<uint8_t> ssid = {0x00, 0x04, 'c', 'o', 'r', 'p'};
        std::vector<uint8_t> rates = {0x01, 0x02, 0x82, 0x84};
        auto cat = [](std::vector<uint8_t> a, const std::vector<uint8_t>& b) {
            a.insert(a.end(), b.begin(), b.end());
            return a;
        };
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(ssid, rates)), "", "minimal elements");
        NS_TEST_ASSERT_MSG_EQ(WithElements(rates), "missing SSID element", "no SSID");
        NS_TEST_ASSERT_MSG_EQ(WithElements(ssid), "missing Supported Rates element", "no rates");
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(cat(ssid, rates), ssid)),
                              "duplicate element 0",
                              "two SSIDs");
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(cat(ssid, rates), {0x01, 0x01, 0x0c})),
                              "duplicate element 1",
                              "two rates elements");
        std::vector<uint8_t> longSsid = {0x00, 33};
        longSsid.insert(longSsid.end(), 33, 'a');
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(longSsid, rates)),
                              "SSID longer than 32 octets",
                              "SSID 33");
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(ssid, {0x01, 0x00})),
                              "Supported Rates element length 0 not 1-8",
                              "no rate");
        NS_TEST_ASSERT_MSG_EQ(
            WithElements(cat(ssid, {0x01, 0x09, 2, 4, 11, 22, 12, 18, 24, 36, 48})),
            "Supported Rates element length 9 not 1-8",
            "9 rates");
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(cat(ssid, rates), {0x32, 0x00})),
                              "empty Extended Supported Rates element",
                              "empty extended rates");
        std::vector<uint8_t> shortHt = {0x2d, 25};
        shortHt.insert(shortHt.end(), 25, 0);
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(cat(ssid, rates), shortHt)),
                              "HT Capabilities element length 25 not 26",
                              "HT 25");
        NS_TEST_ASSERT_MSG_EQ(WithElements(cat(cat(ssid, rates), {0xdd})),
                              "truncated element header",
                              "lone element ID");
    }
};

/// Random byte flips never crash the decoders, and what they accept re-encodes to the same bytes.
class FuzzTestCase : public TestCase
{
  public:
    FuzzTestCase()
        : TestCase("random byte flips and random bytes: no crash, accepted frames re-encode")
    {
    }

  private:
    void DoRun() override
    {
        std::mt19937 rng(20240601);
        const std::vector<const std::vector<uint8_t>*> images = {&kUplinkData,
                                                                 &kDownlinkQos,
                                                                 &kQosHtc,
                                                                 &kAssocRequest,
                                                                 &kReassocRequest,
                                                                 &kNs3AssocRequest,
                                                                 &kNs3ReassocRequest};
        uint32_t accepted = 0;
        uint32_t rejected = 0;
        for (int iteration = 0; iteration < 40000; ++iteration)
        {
            std::vector<uint8_t> bytes = *images[iteration % images.size()];
            int flips = 1 + rng() % 4;
            for (int i = 0; i < flips; ++i)
            {
                bytes[rng() % bytes.size()] ^= 1 + rng() % 255;
            }
            if (rng() % 4 == 0)
            {
                bytes.resize(rng() % (bytes.size() + 1));
            }
            bool swap = rng() % 2;
            Dot11DataFrame data;
            if (DecodeData(bytes, swap, data).empty())
            {
                ++accepted;
                NS_TEST_ASSERT_MSG_EQ((EncodeData(data, swap) == bytes),
                                      true,
                                      "accepted data frame re-encodes, iteration " << iteration);
            }
            else
            {
                ++rejected;
            }
            Dot11AssocRequest mgmt;
            if (DecodeMgmt(bytes, Dot11FcsMode::ABSENT, swap, mgmt).empty())
            {
                ++accepted;
                NS_TEST_ASSERT_MSG_EQ((EncodeMgmt(mgmt, swap) == bytes),
                                      true,
                                      "accepted request re-encodes, iteration " << iteration);
            }
            else
            {
                ++rejected;
            }
            DecodeMgmt(bytes, Dot11FcsMode::CHECKED, swap, mgmt);
            DecodeMgmt(bytes, Dot11FcsMode::PRESENT, swap, mgmt);
        }
        for (int iteration = 0; iteration < 5000; ++iteration)
        {
            std::vector<uint8_t> bytes(rng() % 80);
            for (auto& byte : bytes)
            {
                byte = rng() & 0xff;
            }
            Dot11DataFrame data;
            Dot11AssocRequest mgmt;
            DecodeData(bytes, iteration % 2, data);
            DecodeMgmt(bytes, Dot11FcsMode::PRESENT, iteration % 2, mgmt);
        }
        // the flips must exercise both outcomes
        NS_TEST_ASSERT_MSG_GT(accepted, 1000u, "some mutated frames are still valid");
        NS_TEST_ASSERT_MSG_GT(rejected, 1000u, "most mutated frames are rejected");
    }
};

/// (Re)Association Requests sent by this ns-3's StaWifiMac decode, whatever the ns-3 version.
class MgmtLiveNs3TestCase : public TestCase
{
  public:
    MgmtLiveNs3TestCase()
        : TestCase("(re)association requests from a running ns-3 AP's MonitorSnifferRx decode")
    {
    }

  private:
    /// Frames received by the AP PHY.
    std::vector<std::vector<uint8_t>> m_frames;

    /**
     * MonitorSnifferRx sink (same signature in ns-3.37 and 3.48).
     * \param packet the MPDU with MAC header and FCS
     */
    void Received(Ptr<const Packet> packet,
                  uint16_t /* frequency */,
                  WifiTxVector /* txVector */,
                  MpduInfo /* aMpdu */,
                  SignalNoiseDbm /* signalNoise */,
                  uint16_t /* staId */)
    {
        m_frames.push_back(ByteReader::PacketBytes(packet));
    }

    void DoRun() override
    {
        NodeContainer nodes(2);
        YansWifiChannelHelper channel = YansWifiChannelHelper::Default();
        YansWifiPhyHelper phy;
        phy.SetChannel(channel.Create());
        phy.Set("Antennas", UintegerValue(2));
        phy.Set("MaxSupportedTxSpatialStreams", UintegerValue(1));
        phy.Set("MaxSupportedRxSpatialStreams", UintegerValue(1));
        WifiHelper wifi;
        wifi.SetStandard(WIFI_STANDARD_80211n);
        WifiMacHelper mac;
        Ssid ssid("wlc-live");
        mac.SetType("ns3::StaWifiMac",
                    "Ssid",
                    SsidValue(ssid),
                    "ActiveProbing",
                    BooleanValue(false));
        NetDeviceContainer sta = wifi.Install(phy, mac, nodes.Get(0));
        mac.SetType("ns3::ApWifiMac", "Ssid", SsidValue(ssid));
        NetDeviceContainer ap = wifi.Install(phy, mac, nodes.Get(1));
        MobilityHelper mobility;
        mobility.Install(nodes);
        Ptr<WifiPhy> apPhy = DynamicCast<WifiNetDevice>(ap.Get(0))->GetPhy();
        apPhy->TraceConnectWithoutContext("MonitorSnifferRx",
                                          MakeCallback(&MgmtLiveNs3TestCase::Received, this));
        Ptr<WifiPhy> staPhy = DynamicCast<WifiNetDevice>(sta.Get(0))->GetPhy();
        // a change of PHY capabilities makes an associated ns-3 station reassociate
        Simulator::Schedule(Seconds(0.8), &WifiPhy::SetMaxSupportedRxSpatialStreams, staPhy, 2);
        Mac48Address staMac = Mac48Address::ConvertFrom(sta.Get(0)->GetAddress());
        Mac48Address apMac = Mac48Address::ConvertFrom(ap.Get(0)->GetAddress());
        Simulator::Stop(Seconds(1.0));
        Simulator::Run();
        Simulator::Destroy();

        int associations = 0;
        int reassociations = 0;
        for (const auto& bytes : m_frames)
        {
            Dot11FrameControl fc;
            ByteReader reader(bytes);
            if (!Dot11FrameControl::Peek(reader, false, fc) || fc.type != 0 ||
                (fc.subtype != 0 && fc.subtype != 2))
            {
                continue;
            }
            Dot11AssocRequest f;
            NS_TEST_ASSERT_MSG_EQ(DecodeMgmt(bytes, Dot11FcsMode::PRESENT, false, f),
                                  "",
                                  "ns-3 request decodes");
            NS_TEST_ASSERT_MSG_EQ(f.GetStation(), staMac, "station address");
            NS_TEST_ASSERT_MSG_EQ(f.GetBssid(), apMac, "BSSID");
            NS_TEST_ASSERT_MSG_EQ(f.GetSsid(), "wlc-live", "SSID");
            NS_TEST_ASSERT_MSG_EQ(f.HasHtCapabilities(), true, "802.11n station");
            NS_TEST_ASSERT_MSG_GT(f.GetRatesMbps().size(), 8u, "2.4 GHz rates");
            if (f.IsReassociation())
            {
                NS_TEST_ASSERT_MSG_EQ(f.GetCurrentApAddress(), apMac, "Current AP");
                ++reassociations;
            }
            else
            {
                ++associations;
            }
        }
        NS_TEST_ASSERT_MSG_GT(associations, 0, "an Association Request was seen");
        NS_TEST_ASSERT_MSG_GT(reassociations, 0, "a Reassociation Request was seen");
    }
};

/// The suite.
class Dot11FrameTestSuite : public TestSuite
{
  public:
    Dot11FrameTestSuite()
        : TestSuite("wlc-dot11-frame", WLC_TEST_UNIT)
    {
        AddTestCase(new DataEncodeTestCase, WLC_TEST_QUICK);
        AddTestCase(new DataDecodeTestCase, WLC_TEST_QUICK);
        AddTestCase(new DataRejectTestCase, WLC_TEST_QUICK);
        AddTestCase(new MgmtEncodeTestCase, WLC_TEST_QUICK);
        AddTestCase(new MgmtDecodeTestCase, WLC_TEST_QUICK);
        AddTestCase(new MgmtNs3CaptureTestCase, WLC_TEST_QUICK);
        AddTestCase(new MgmtRejectTestCase, WLC_TEST_QUICK);
        AddTestCase(new MgmtBodyFrameTestCase, WLC_TEST_QUICK);
        AddTestCase(new FuzzTestCase, WLC_TEST_QUICK);
        AddTestCase(new MgmtLiveNs3TestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
Dot11FrameTestSuite g_dot11FrameTestSuite;

} // namespace
} // namespace ns3
