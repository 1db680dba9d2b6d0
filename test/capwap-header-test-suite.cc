/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/capwap-control-message.h"
#include "ns3/capwap-data-message.h"
#include "ns3/capwap-descriptor-elements.h"
#include "ns3/capwap-elements.h"
#include "ns3/capwap-header.h"
#include "ns3/capwap-ieee80211-elements.h"
#include "ns3/packet.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <sstream>

/**
 * \file
 * \ingroup wlc-tests
 * Byte images of the CAPWAP header (RFC 5415 §4.3), of complete control messages (§4.5) and of
 * data channel messages (§4.4).
 *
 * The expected arrays are written from the RFC figures: preamble, the 24-bit HLEN/RID/WBID/flags
 * word, fragment fields, optional fields; then the control header with its Msg Element Length
 * (3 + element bytes, computed by hand below) and the element images of RFC 5415 §4.6 /
 * RFC 5416 §6.
 */

namespace ns3
{
namespace
{

using wlctest::ConcatBytes;
using wlctest::HexString;

// CAPWAP header of a control message: preamble 0x00 (version 0, type 0); HLEN 2, RID 0, WBID 1,
// no flags: 00010 00000 00001 000000000 = 0x100200; Fragment ID 0, Frag Offset 0.
const std::vector<uint8_t> kControlHeader = {0x00, 0x10, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00};

// Element images (Type, Length, Value), from the RFC figures.
const std::vector<uint8_t> kDiscoveryType = {0x00, 0x14, 0x00, 0x01, 0x01}; // 5
const std::vector<uint8_t> kBoardData = {0x00, 0x26, 0x00, 0x16, 0x00, 0x00, 0x37, 0x63, 0x00,
                                         0x00, 0x00, 0x03, 'A',  'P',  '1',  0x00, 0x01, 0x00,
                                         0x07, 'S',  'N',  '0',  '0',  '0',  '0',  '1'}; // 26
const std::vector<uint8_t> kWtpDescriptor = {
    0x00, 0x27, 0x00, 0x26, 0x01, 0x01, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x02, 'h',  'w',  0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x03,
    '1',  '.',  '0',  0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x03, '0',  '.',  '9'}; // 42
const std::vector<uint8_t> kFrameTunnelMode = {0x00, 0x29, 0x00, 0x01, 0x08};           // 5: N
const std::vector<uint8_t> kMacType = {0x00, 0x2c, 0x00, 0x01, 0x01}; // 5: Split MAC
const std::vector<uint8_t> kRadioInformation =
    {0x04, 0x18, 0x00, 0x05, 0x01, 0x00, 0x00, 0x00, 0x05}; // 9: B, G
const std::vector<uint8_t> kAcDescriptor = {
    0x00, 0x01, 0x00, 0x24, 0x00, 0x05, 0x00, 0xc8, 0x00, 0x02, 0x00, 0x40, 0x02, 0x02,
    0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x03, '1',  '.',  '0',  0x00,
    0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x05, '8',  '.',  '5',  '.',  '1'};                  // 40
const std::vector<uint8_t> kAcName = {0x00, 0x04, 0x00, 0x05, 'w', 'l', 'c', '-', '1'};      // 9
const std::vector<uint8_t> kControlIpv4 = {0x00, 0x0a, 0x00, 0x06, 10, 0, 0, 1, 0x00, 0x00}; // 10
const std::vector<uint8_t> kLocation = {0x00, 0x1c, 0x00, 0x03, 'l', 'a', 'b'};              // 7
const std::vector<uint8_t> kWtpName = {0x00, 0x2d, 0x00, 0x05, 'A', 'P', '0', '0', '1'};     // 9
const std::vector<uint8_t> kSessionId = {0x00, 0x23, 0x00, 0x10, 0x01, 0x02, 0x03,
                                         0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a,
                                         0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10};        // 20
const std::vector<uint8_t> kEcn = {0x00, 0x35, 0x00, 0x01, 0x00};                    // 5
const std::vector<uint8_t> kLocalIpv4Wtp = {0x00, 0x1e, 0x00, 0x04, 10, 0, 0, 2};    // 8
const std::vector<uint8_t> kLocalIpv4Ac = {0x00, 0x1e, 0x00, 0x04, 10, 0, 0, 1};     // 8
const std::vector<uint8_t> kMaxMessageLength = {0x00, 0x1d, 0x00, 0x02, 0x05, 0xdc}; // 6: 1500
const std::vector<uint8_t> kResultSuccess = {0x00, 0x21, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00}; // 8
const std::vector<uint8_t> kAdminState = {0x00, 0x1f, 0x00, 0x02, 0x01, 0x01};                // 6
const std::vector<uint8_t> kStatisticsTimer = {0x00, 0x24, 0x00, 0x02, 0x00, 0x78};           // 6
const std::vector<uint8_t> kRebootStatistics = {0x00,
                                                0x30,
                                                0x00,
                                                0x0f,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00,
                                                0x00};                     // 19
const std::vector<uint8_t> kTimers = {0x00, 0x0c, 0x00, 0x02, 0x14, 0x1e}; // 6: 20 s, 30 s
const std::vector<uint8_t> kDecryptionPeriod = {0x00, 0x10, 0x00, 0x03, 0x01, 0x00, 0x78};  // 7
const std::vector<uint8_t> kIdleTimeout = {0x00, 0x17, 0x00, 0x04, 0x00, 0x00, 0x01, 0x2c}; // 8
const std::vector<uint8_t> kFallback = {0x00, 0x28, 0x00, 0x01, 0x01};                      // 5
const std::vector<uint8_t> kOperationalState = {0x00, 0x20, 0x00, 0x03, 0x01, 0x01, 0x00};  // 7
const std::vector<uint8_t> kAddStation =
    {0x00, 0x08, 0x00, 0x08, 0x01, 0x06, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07}; // 12
const std::vector<uint8_t> kStation = {0x04, 0x0c, 0x00, 0x11, 0x01, 0x00, 0x01,
                                       0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07,
                                       0x04, 0x01, 0x01, 0x82, 0x84, 0x8b, 0x96}; // 21
const std::vector<uint8_t> kSessionKey = {
    0x04, 0x0e, 0x00, 0x24, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x11, 0x12, 0x13,
    0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f}; // 40
const std::vector<uint8_t> kAddWlan = {0x04, 0x00, 0x00, 0x14, 0x01, 0x01, 0x88, 0x00,
                                       0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                       0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x01, 'x'}; // 24
const std::vector<uint8_t> kRsnIe = {0x04, 0x05, 0x00, 0x19, 0x01, 0x01, 0xc0, 0x30, 0x14, 0x01,
                                     0x00, 0x00, 0x0f, 0xac, 0x04, 0x01, 0x00, 0x00, 0x0f, 0xac,
                                     0x04, 0x01, 0x00, 0x00, 0x0f, 0xac, 0x02, 0x00, 0x00}; // 29
const std::vector<uint8_t> kAssignedBssid =
    {0x04, 0x02, 0x00, 0x08, 0x01, 0x01, 0x02, 0x00, 0x00, 0x00, 0x01, 0x01}; // 12

/// \return typed elements with the values of the images above
CapwapWtpBoardDataElement
BoardData()
{
    CapwapWtpBoardDataElement e;
    e.vendorIdentifier = 14179;
    e.modelNumber = "AP1";
    e.serialNumber = "SN00001";
    return e;
}

/// \return the WTP Descriptor of kWtpDescriptor
CapwapWtpDescriptorElement
WtpDescriptor()
{
    CapwapWtpDescriptorElement e;
    e.maxRadios = 1;
    e.radiosInUse = 1;
    e.encryption.push_back({capwap::WBID_IEEE80211, 0});
    e.descriptors.push_back({0, CapwapWtpDescriptorElement::HARDWARE_VERSION, "hw"});
    e.descriptors.push_back({0, CapwapWtpDescriptorElement::ACTIVE_SOFTWARE_VERSION, "1.0"});
    e.descriptors.push_back({0, CapwapWtpDescriptorElement::BOOT_VERSION, "0.9"});
    return e;
}

/// \return the WTP Frame Tunnel Mode of kFrameTunnelMode
CapwapWtpFrameTunnelModeElement
FrameTunnelMode()
{
    CapwapWtpFrameTunnelModeElement e;
    e.native = true;
    return e;
}

/// \return the WTP MAC Type of kMacType
CapwapWtpMacTypeElement
MacType()
{
    CapwapWtpMacTypeElement e;
    e.macType = CapwapWtpMacTypeElement::SPLIT_MAC;
    return e;
}

/// \return the WTP Radio Information of kRadioInformation
Ieee80211WtpRadioInformationElement
RadioInformation()
{
    Ieee80211WtpRadioInformationElement e;
    e.radioId = 1;
    e.radioType = Ieee80211WtpRadioInformationElement::RADIO_TYPE_B |
                  Ieee80211WtpRadioInformationElement::RADIO_TYPE_G;
    return e;
}

/// \return the AC Descriptor of kAcDescriptor
CapwapAcDescriptorElement
AcDescriptor()
{
    CapwapAcDescriptorElement e;
    e.stations = 5;
    e.limit = 200;
    e.activeWtps = 2;
    e.maxWtps = 64;
    e.acInformation.push_back({0, CapwapAcDescriptorElement::HARDWARE_VERSION, "1.0"});
    e.acInformation.push_back({0, CapwapAcDescriptorElement::SOFTWARE_VERSION, "8.5.1"});
    return e;
}

/// \param text a name \return an AC Name element
CapwapAcNameElement
AcName(const std::string& text)
{
    CapwapAcNameElement e;
    e.name = text;
    return e;
}

/// \param address an address \return a CAPWAP Local IPv4 Address element
CapwapLocalIpv4AddressElement
LocalIpv4(const char* address)
{
    CapwapLocalIpv4AddressElement e;
    e.ipAddress = Ipv4Address(address);
    return e;
}

/// \return the Session ID of kSessionId
CapwapSessionIdElement
SessionId()
{
    CapwapSessionIdElement e;
    for (uint8_t i = 0; i < 16; ++i)
    {
        e.sessionId[i] = static_cast<uint8_t>(i + 1);
    }
    return e;
}

/// Header images with and without the optional fields.
class HeaderImageTestCase : public TestCase
{
  public:
    HeaderImageTestCase()
        : TestCase("CAPWAP header byte images, HLEN computation and reader position")
    {
    }

  private:
    void DoRun() override
    {
        CapwapHeader plain;
        ByteWriter writer;
        plain.Encode(writer);
        NS_TEST_EXPECT_MSG_EQ(HexString(writer.GetBytes()),
                              HexString(kControlHeader),
                              "plain header");
        NS_TEST_EXPECT_MSG_EQ(unsigned(plain.GetHlen()), 2u, "HLEN 2");

        // RID 1, WBID 1, T, F, L; Fragment ID 0x1234, Frag Offset 0x0abc (8-byte units)
        // 24-bit word: 00010 00001 00001 1 1 1 0 0 0 000 = 0x1043c0
        // offset field: 0x0abc << 3 | reserved 000 = 0x55e0
        CapwapHeader fragment;
        fragment.rid = 1;
        fragment.t = true;
        fragment.f = true;
        fragment.l = true;
        fragment.fragmentId = 0x1234;
        fragment.fragmentOffset = 0x0abc;
        ByteWriter fw;
        fragment.Encode(fw);
        const std::vector<uint8_t> fragmentImage = {0x00, 0x10, 0x43, 0xc0, 0x12, 0x34, 0x55, 0xe0};
        NS_TEST_EXPECT_MSG_EQ(HexString(fw.GetBytes()),
                              HexString(fragmentImage),
                              "fragment header");

        // M and W: Radio MAC (Length 6, MAC, 1 pad byte), IEEE 802.11 Frame Info (Length 4,
        // RSSI -40 dBm, SNR 25 dB, 54.0 Mb/s = 540, 3 pad bytes): 8 + 8 + 8 bytes, HLEN 6.
        // 24-bit word: 00110 00001 00001 1 0 0 1 1 0 000 = 0x304330
        CapwapHeader full;
        full.rid = 1;
        full.t = true;
        full.SetRadioMac(Mac48Address("00:11:22:33:44:55"));
        Ieee80211FrameInfo info;
        info.rssi = -40;
        info.snr = 25;
        info.dataRate = 540;
        full.SetFrameInfo(info);
        ByteWriter w2;
        full.Encode(w2);
        const std::vector<uint8_t> fullImage = {0x00, 0x30, 0x43, 0x30, 0x00, 0x00, 0x00, 0x00,
                                                0x06, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00,
                                                0x04, 0xd8, 0x19, 0x02, 0x1c, 0x00, 0x00, 0x00};
        NS_TEST_EXPECT_MSG_EQ(HexString(w2.GetBytes()),
                              HexString(fullImage),
                              "header with M and W");
        NS_TEST_EXPECT_MSG_EQ(unsigned(full.GetHlen()), 6u, "HLEN 6");

        // Decode leaves the reader after HLEN * 4 bytes and gives the fields back.
        std::vector<uint8_t> withPayload = ConcatBytes({fullImage, {0xde, 0xad}});
        ByteReader reader(withPayload);
        CapwapHeader decoded;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(CapwapHeader::Decode(reader, decoded, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(reader.GetOffset(), 24u, "reader after the header");
        NS_TEST_EXPECT_MSG_EQ((decoded == full), true, "fields back");
        Mac48Address mac;
        NS_TEST_EXPECT_MSG_EQ(decoded.GetRadioMac(mac), true, "Radio MAC present");
        NS_TEST_EXPECT_MSG_EQ(mac, Mac48Address("00:11:22:33:44:55"), "Radio MAC");
        Ieee80211FrameInfo back;
        NS_TEST_ASSERT_MSG_EQ(decoded.GetFrameInfo(back, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(int(back.rssi), -40, "RSSI");
        NS_TEST_EXPECT_MSG_EQ(int(back.snr), 25, "SNR");
        NS_TEST_EXPECT_MSG_EQ(back.dataRate, 540, "data rate");

        ByteReader fr(fragmentImage);
        NS_TEST_ASSERT_MSG_EQ(CapwapHeader::Decode(fr, decoded, why), true, why);
        NS_TEST_EXPECT_MSG_EQ((decoded == fragment), true, "fragment fields back");
        NS_TEST_EXPECT_MSG_EQ(decoded.fragmentOffset, 0x0abc, "Frag Offset");
    }
};

/// Complete control messages of the WTP/AC exchanges.
class ControlMessageImageTestCase : public TestCase
{
  public:
    ControlMessageImageTestCase()
        : TestCase("complete control messages match their byte images and decode back")
    {
    }

  private:
    /**
     * Encode \p message, compare with \p expected, decode \p expected and compare again.
     * \param message the message \param expected its image
     */
    void Check(const CapwapControlMessage& message, const std::vector<uint8_t>& expected)
    {
        const std::string name = CapwapMessageTypeName(message.GetMessageType());
        NS_TEST_EXPECT_MSG_EQ(HexString(message.Encode()),
                              HexString(expected),
                              name << ": image differs");
        NS_TEST_EXPECT_MSG_EQ(message.GetSerializedSize(), expected.size(), name << ": size");
        CapwapControlMessage decoded;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(CapwapControlMessage::Decode(expected, decoded, why),
                              true,
                              name << ": " << why);
        NS_TEST_EXPECT_MSG_EQ(decoded.GetMessageType(), message.GetMessageType(), name);
        NS_TEST_EXPECT_MSG_EQ(unsigned(decoded.GetSequenceNumber()),
                              unsigned(message.GetSequenceNumber()),
                              name << ": sequence number");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetElements().size(),
                              message.GetElements().size(),
                              name << ": element count");
        NS_TEST_EXPECT_MSG_EQ((decoded.GetElements() == message.GetElements()),
                              true,
                              name << ": elements");
        NS_TEST_EXPECT_MSG_EQ((decoded.GetHeader() == message.GetHeader()),
                              true,
                              name << ": header");
        // Through an ns3::Packet as well.
        CapwapControlMessage fromPacket;
        NS_TEST_EXPECT_MSG_EQ(CapwapControlMessage::FromPacket(message.ToPacket(), fromPacket, why),
                              true,
                              name << ": " << why);
    }

    /**
     * \param type message type \param seq sequence number \param length Msg Element Length
     * \return the CAPWAP header and control header image
     */
    static std::vector<uint8_t> Headers(uint32_t type, uint8_t seq, uint16_t length)
    {
        return ConcatBytes({kControlHeader,
                            {static_cast<uint8_t>(type >> 24),
                             static_cast<uint8_t>(type >> 16),
                             static_cast<uint8_t>(type >> 8),
                             static_cast<uint8_t>(type),
                             seq,
                             static_cast<uint8_t>(length >> 8),
                             static_cast<uint8_t>(length),
                             0x00}});
    }

    void DoRun() override
    {
        std::string why;
        {
            // Discovery Request (1), seq 0: 5 + 26 + 42 + 5 + 5 + 9 = 92 element bytes, MEL 95
            CapwapControlMessage m(CapwapMessageType::DISCOVERY_REQUEST, 0);
            CapwapDiscoveryTypeElement dt;
            dt.discoveryType = CapwapDiscoveryTypeElement::STATIC_CONFIGURATION;
            m.Add(dt);
            m.Add(BoardData());
            m.Add(WtpDescriptor());
            m.Add(FrameTunnelMode());
            m.Add(MacType());
            m.Add(RadioInformation());
            Check(m,
                  ConcatBytes({Headers(1, 0, 95),
                               kDiscoveryType,
                               kBoardData,
                               kWtpDescriptor,
                               kFrameTunnelMode,
                               kMacType,
                               kRadioInformation}));
            NS_TEST_EXPECT_MSG_EQ(m.IsRequest(), true, "request");
            CapwapWtpDescriptorElement descriptor;
            NS_TEST_EXPECT_MSG_EQ(m.Get(descriptor, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(descriptor.descriptors.size(), 3u, "typed Get");
        }
        {
            // Discovery Response (2), seq 0: 40 + 9 + 9 + 10 = 68, MEL 71
            CapwapControlMessage m(CapwapMessageType::DISCOVERY_RESPONSE, 0);
            m.Add(AcDescriptor());
            m.Add(AcName("wlc-1"));
            m.Add(RadioInformation());
            CapwapControlIpv4AddressElement control;
            control.ipAddress = Ipv4Address("10.0.0.1");
            m.Add(control);
            Check(
                m,
                ConcatBytes(
                    {Headers(2, 0, 71), kAcDescriptor, kAcName, kRadioInformation, kControlIpv4}));
            NS_TEST_EXPECT_MSG_EQ(m.IsRequest(), false, "response");
        }
        {
            // Join Request (3), seq 1:
            // 7 + 26 + 42 + 9 + 20 + 5 + 5 + 9 + 5 + 8 + 6 = 142, MEL 145
            CapwapControlMessage m(CapwapMessageType::JOIN_REQUEST, 1);
            CapwapLocationDataElement location;
            location.location = "lab";
            m.Add(location);
            m.Add(BoardData());
            m.Add(WtpDescriptor());
            CapwapWtpNameElement name;
            name.name = "AP001";
            m.Add(name);
            m.Add(SessionId());
            m.Add(FrameTunnelMode());
            m.Add(MacType());
            m.Add(RadioInformation());
            m.Add(CapwapEcnSupportElement());
            m.Add(LocalIpv4("10.0.0.2"));
            CapwapMaximumMessageLengthElement mml;
            mml.maximumMessageLength = 1500;
            m.Add(mml);
            Check(m,
                  ConcatBytes({Headers(3, 1, 145),
                               kLocation,
                               kBoardData,
                               kWtpDescriptor,
                               kWtpName,
                               kSessionId,
                               kFrameTunnelMode,
                               kMacType,
                               kRadioInformation,
                               kEcn,
                               kLocalIpv4Wtp,
                               kMaxMessageLength}));
            CapwapSessionIdElement sid;
            NS_TEST_EXPECT_MSG_EQ(m.Get(sid, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(unsigned(sid.sessionId[15]), 16u, "Session ID");
        }
        {
            // Join Response (4), seq 1: 8 + 40 + 9 + 9 + 5 + 10 + 8 = 89, MEL 92
            CapwapControlMessage m(CapwapMessageType::JOIN_RESPONSE, 1);
            m.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
            m.Add(AcDescriptor());
            m.Add(AcName("wlc-1"));
            m.Add(RadioInformation());
            m.Add(CapwapEcnSupportElement());
            CapwapControlIpv4AddressElement control;
            control.ipAddress = Ipv4Address("10.0.0.1");
            m.Add(control);
            m.Add(LocalIpv4("10.0.0.1"));
            Check(m,
                  ConcatBytes({Headers(4, 1, 92),
                               kResultSuccess,
                               kAcDescriptor,
                               kAcName,
                               kRadioInformation,
                               kEcn,
                               kControlIpv4,
                               kLocalIpv4Ac}));
        }
        {
            // Configuration Status Request (5), seq 2: 9 + 6 + 6 + 19 = 40, MEL 43
            CapwapControlMessage m(CapwapMessageType::CONFIGURATION_STATUS_REQUEST, 2);
            m.Add(AcName("wlc-1"));
            CapwapRadioAdministrativeStateElement admin;
            admin.radioId = 1;
            m.Add(admin);
            m.Add(CapwapStatisticsTimerElement());
            m.Add(CapwapWtpRebootStatisticsElement());
            Check(m,
                  ConcatBytes({Headers(5, 2, 43),
                               kAcName,
                               kAdminState,
                               kStatisticsTimer,
                               kRebootStatistics}));
        }
        {
            // Configuration Status Response (6), seq 2: 6 + 7 + 8 + 5 = 26, MEL 29
            CapwapControlMessage m(CapwapMessageType::CONFIGURATION_STATUS_RESPONSE, 2);
            m.Add(CapwapTimersElement());
            m.Add(CapwapDecryptionErrorReportPeriodElement());
            m.Add(CapwapIdleTimeoutElement());
            m.Add(CapwapWtpFallbackElement());
            Check(m,
                  ConcatBytes(
                      {Headers(6, 2, 29), kTimers, kDecryptionPeriod, kIdleTimeout, kFallback}));
        }
        {
            // Change State Event Request (11), seq 3: 7 + 8 = 15, MEL 18
            CapwapControlMessage m(CapwapMessageType::CHANGE_STATE_EVENT_REQUEST, 3);
            m.Add(CapwapRadioOperationalStateElement());
            m.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
            Check(m, ConcatBytes({Headers(11, 3, 18), kOperationalState, kResultSuccess}));
        }
        {
            // Change State Event Response (12), Echo Request (13), Echo Response (14): MEL 3
            Check(CapwapControlMessage(CapwapMessageType::CHANGE_STATE_EVENT_RESPONSE, 3),
                  Headers(12, 3, 3));
            Check(CapwapControlMessage(CapwapMessageType::ECHO_REQUEST, 4), Headers(13, 4, 3));
            Check(CapwapControlMessage(CapwapMessageType::ECHO_RESPONSE, 4), Headers(14, 4, 3));
        }
        {
            // Station Configuration Request (25), seq 5: 12 + 21 + 40 = 73, MEL 76
            CapwapControlMessage m(CapwapMessageType::STATION_CONFIGURATION_REQUEST, 5);
            CapwapAddStationElement add;
            add.radioId = 1;
            add.macAddress = Mac48Address("02:00:00:00:00:07");
            m.Add(add);
            Ieee80211StationElement station;
            station.radioId = 1;
            station.associationId = 1;
            station.macAddress = add.macAddress;
            station.capabilities = 0x0401;
            station.wlanId = 1;
            station.supportedRates = {0x82, 0x84, 0x8b, 0x96};
            m.Add(station);
            Ieee80211StationSessionKeyElement key;
            key.macAddress = add.macAddress;
            for (uint8_t i = 0; i < 16; ++i)
            {
                key.key.push_back(static_cast<uint8_t>(0x10 + i));
            }
            m.Add(key);
            Check(m, ConcatBytes({Headers(25, 5, 76), kAddStation, kStation, kSessionKey}));
        }
        {
            // Station Configuration Response (26), seq 5: 8, MEL 11
            CapwapControlMessage m(CapwapMessageType::STATION_CONFIGURATION_RESPONSE, 5);
            m.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
            Check(m, ConcatBytes({Headers(26, 5, 11), kResultSuccess}));
        }
        {
            // IEEE 802.11 WLAN Configuration Request (13277 * 256 + 1 = 3398913 = 0x0033dd01), seq
            // 6: 24 + 29 = 53, MEL 56
            CapwapControlMessage m(CapwapMessageType::IEEE80211_WLAN_CONFIGURATION_REQUEST, 6);
            Ieee80211AddWlanElement add;
            add.capability =
                Ieee80211AddWlanElement::CAPABILITY_E | Ieee80211AddWlanElement::CAPABILITY_P;
            add.ssid = "x";
            m.Add(add);
            Ieee80211InformationElement rsn;
            rsn.beacon = true;
            rsn.probeResponse = true;
            rsn.informationElement = {0x30, 0x14, 0x01, 0x00, 0x00, 0x0f, 0xac, 0x04,
                                      0x01, 0x00, 0x00, 0x0f, 0xac, 0x04, 0x01, 0x00,
                                      0x00, 0x0f, 0xac, 0x02, 0x00, 0x00};
            m.Add(rsn);
            const std::vector<uint8_t> expected =
                ConcatBytes({kControlHeader,
                             {0x00, 0x33, 0xdd, 0x01, 0x06, 0x00, 0x38, 0x00},
                             kAddWlan,
                             kRsnIe});
            Check(m, expected);
        }
        {
            // IEEE 802.11 WLAN Configuration Response (3398914 = 0x0033dd02), seq 6: 8 + 12 = 20,
            // MEL 23
            CapwapControlMessage m(CapwapMessageType::IEEE80211_WLAN_CONFIGURATION_RESPONSE, 6);
            m.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
            Ieee80211AssignedWtpBssidElement bssid;
            bssid.bssid = Mac48Address("02:00:00:00:01:01");
            m.Add(bssid);
            const std::vector<uint8_t> expected =
                ConcatBytes({kControlHeader,
                             {0x00, 0x33, 0xdd, 0x02, 0x06, 0x00, 0x17, 0x00},
                             kResultSuccess,
                             kAssignedBssid});
            Check(m, expected);
        }
    }
};

/// Element lookup and printing.
class ControlMessageApiTestCase : public TestCase
{
  public:
    ControlMessageApiTestCase()
        : TestCase("control message Find, FindAll, GetAll and printing")
    {
    }

  private:
    void DoRun() override
    {
        CapwapControlMessage m(CapwapMessageType::JOIN_RESPONSE, 9);
        Ieee80211WtpRadioInformationElement r1;
        r1.radioId = 1;
        Ieee80211WtpRadioInformationElement r2;
        r2.radioId = 2;
        m.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
        m.Add(r1);
        m.Add(r2);
        NS_TEST_EXPECT_MSG_EQ(unsigned(m.Find(Ieee80211WtpRadioInformationElement::TYPE)->value[0]),
                              1u,
                              "first");
        NS_TEST_EXPECT_MSG_EQ(m.FindAll(Ieee80211WtpRadioInformationElement::TYPE).size(),
                              2u,
                              "all");
        NS_TEST_EXPECT_MSG_EQ(m.Find(CapwapAcNameElement::TYPE), nullptr, "absent");
        std::vector<Ieee80211WtpRadioInformationElement> radios;
        std::string why;
        NS_TEST_EXPECT_MSG_EQ(m.GetAll(radios, why), true, why);
        NS_TEST_EXPECT_MSG_EQ(unsigned(radios.at(1).radioId), 2u, "second radio");
        CapwapAcNameElement name;
        NS_TEST_EXPECT_MSG_EQ(m.Get(name, why), false, "missing AC Name");
        NS_TEST_EXPECT_MSG_EQ(why, "missing AC Name", "reason");
        std::ostringstream os;
        os << m;
        NS_TEST_EXPECT_MSG_EQ(os.str(),
                              "Join Response(4) seq=9 [Result Code(33) len=4, IEEE 802.11 WTP "
                              "Radio Information(1048) len=5, IEEE 802.11 WTP Radio "
                              "Information(1048) len=5]",
                              "printing");
        NS_TEST_EXPECT_MSG_EQ(CapwapMessageTypeName(3398914),
                              "IEEE 802.11 WLAN Configuration Response",
                              "type name");
    }
};

/// Data channel messages: frames with and without optional header fields, keep-alives.
class DataMessageImageTestCase : public TestCase
{
  public:
    DataMessageImageTestCase()
        : TestCase("data frames and Data Channel Keep-Alives match their byte images")
    {
    }

  private:
    void DoRun() override
    {
        std::string why;
        // A 24-byte IEEE 802.11 data frame header (To DS) and two bytes of body.
        const std::vector<uint8_t> frame = {0x08, 0x01, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01,
                                            0x01, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07, 0x02, 0x00,
                                            0x00, 0x00, 0x00, 0x09, 0x10, 0x00, 0xaa, 0xbb};
        {
            // RID 1, WBID 1, T: 00010 00001 00001 1 000000 000 = 0x104300
            CapwapDataMessage m = CapwapDataMessage::CreateIeee80211Frame(frame, 1);
            const std::vector<uint8_t> expected =
                ConcatBytes({{0x00, 0x10, 0x43, 0x00, 0x00, 0x00, 0x00, 0x00}, frame});
            NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()), HexString(expected), "802.11 data frame");
            CapwapDataMessage d;
            NS_TEST_ASSERT_MSG_EQ(CapwapDataMessage::Decode(expected, d, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(d.IsKeepAlive(), false, "not a keep-alive");
            NS_TEST_EXPECT_MSG_EQ(d.IsIeee80211Frame(), true, "T");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.GetHeader().rid), 1u, "RID");
            NS_TEST_EXPECT_MSG_EQ(HexString(d.GetPayload()), HexString(frame), "payload");
        }
        {
            // With Radio MAC and Frame Info: HLEN 6, word 0x304330 (see the header test)
            CapwapDataMessage m = CapwapDataMessage::CreateIeee80211Frame(frame, 1);
            m.GetHeader().SetRadioMac(Mac48Address("00:11:22:33:44:55"));
            Ieee80211FrameInfo info;
            info.rssi = -40;
            info.snr = 25;
            info.dataRate = 540;
            m.GetHeader().SetFrameInfo(info);
            const std::vector<uint8_t> expected = ConcatBytes(
                {{0x00, 0x30, 0x43, 0x30, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x11, 0x22,
                  0x33, 0x44, 0x55, 0x00, 0x04, 0xd8, 0x19, 0x02, 0x1c, 0x00, 0x00, 0x00},
                 frame});
            NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()), HexString(expected), "frame with W and M");
            CapwapDataMessage d;
            NS_TEST_ASSERT_MSG_EQ(CapwapDataMessage::Decode(expected, d, why), true, why);
            Ieee80211FrameInfo back;
            NS_TEST_EXPECT_MSG_EQ(d.GetHeader().GetFrameInfo(back, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(back.dataRate, 540, "data rate");
            NS_TEST_EXPECT_MSG_EQ(HexString(d.GetPayload()),
                                  HexString(frame),
                                  "payload after HLEN 6");
        }
        {
            // IEEE 802.3 frame (T = 0): word 0x104200
            const std::vector<uint8_t> ethernet =
                {0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 7, 0x08, 0x00, 0x45};
            CapwapDataMessage m = CapwapDataMessage::CreateIeee8023Frame(ethernet, 1);
            const std::vector<uint8_t> expected =
                ConcatBytes({{0x00, 0x10, 0x42, 0x00, 0x00, 0x00, 0x00, 0x00}, ethernet});
            NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()), HexString(expected), "802.3 frame");
            CapwapDataMessage d;
            NS_TEST_ASSERT_MSG_EQ(CapwapDataMessage::Decode(expected, d, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(d.IsIeee80211Frame(), false, "T = 0");
        }
        {
            // Keep-alive: HLEN 2, RID 0, WBID 1, K: 00010 00000 00001 0 00001 000 = 0x100208;
            // Message Element Length 2 + 20 = 22, Session ID element.
            CapwapDataMessage m = CapwapDataMessage::CreateKeepAlive(SessionId());
            const std::vector<uint8_t> expected = ConcatBytes(
                {{0x00, 0x10, 0x02, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x16}, kSessionId});
            NS_TEST_EXPECT_MSG_EQ(HexString(m.Encode()), HexString(expected), "keep-alive");
            NS_TEST_EXPECT_MSG_EQ(m.GetSerializedSize(), expected.size(), "size");
            CapwapDataMessage d;
            NS_TEST_ASSERT_MSG_EQ(CapwapDataMessage::FromPacket(m.ToPacket(), d, why), true, why);
            NS_TEST_EXPECT_MSG_EQ(d.IsKeepAlive(), true, "K");
            CapwapSessionIdElement sid;
            NS_TEST_EXPECT_MSG_EQ(d.GetSessionId(sid, why), true, why);
            NS_TEST_EXPECT_MSG_EQ((sid.sessionId == SessionId().sessionId), true, "Session ID");
        }
    }
};

/// The suite.
class CapwapHeaderTestSuite : public TestSuite
{
  public:
    CapwapHeaderTestSuite()
        : TestSuite("wlc-capwap-header", WLC_TEST_UNIT)
    {
        AddTestCase(new HeaderImageTestCase, WLC_TEST_QUICK);
        AddTestCase(new ControlMessageImageTestCase, WLC_TEST_QUICK);
        AddTestCase(new ControlMessageApiTestCase, WLC_TEST_QUICK);
        AddTestCase(new DataMessageImageTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
CapwapHeaderTestSuite g_capwapHeaderTestSuite;

} // namespace
} // namespace ns3
