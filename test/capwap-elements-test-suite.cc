/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-test-util.h"

#include "ns3/capwap-descriptor-elements.h"
#include "ns3/capwap-elements.h"
#include "ns3/capwap-ieee80211-elements.h"
#include "ns3/capwap-message-element.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

/**
 * \file
 * \ingroup wlc-tests
 * Byte images of every typed CAPWAP message element (RFC 5415 §4.6, RFC 5416 §6).
 *
 * Each expected array is written field by field from the RFC figure of the element (Type,
 * Length, then the value fields in order); the encoder must produce it and the decoder must
 * give the fields back.
 */

namespace ns3
{
namespace
{

using wlctest::HexString;

/// Shared helpers: encode a typed element, compare with the image, decode the image.
class ElementImageTestCase : public TestCase
{
  public:
    /// \param name the test name
    explicit ElementImageTestCase(const std::string& name)
        : TestCase(name)
    {
    }

  protected:
    /**
     * Check that \p element encodes to \p tlv (Type, Length, Value) and that \p tlv decodes.
     * \param element the typed element
     * \param tlv the expected image
     * \param decoded the element decoded from \p tlv
     * \return true if both steps succeeded
     */
    template <typename T>
    bool Image(const T& element, const std::vector<uint8_t>& tlv, T& decoded)
    {
        ByteWriter writer;
        element.ToElement().Encode(writer);
        NS_TEST_EXPECT_MSG_EQ(HexString(writer.GetBytes()),
                              HexString(tlv),
                              CapwapElementTypeName(T::TYPE) << ": encoding differs");
        ByteReader reader(tlv);
        CapwapMessageElement generic;
        std::string why;
        bool ok = CapwapMessageElement::Decode(reader, generic, why) && reader.IsDone();
        NS_TEST_EXPECT_MSG_EQ(ok, true, "generic decode: " << why);
        NS_TEST_EXPECT_MSG_EQ(generic.type, T::TYPE, "element Type");
        ok = ok && T::FromElement(generic, decoded, why);
        NS_TEST_EXPECT_MSG_EQ(ok, true, CapwapElementTypeName(T::TYPE) << " decode: " << why);
        return ok && writer.GetBytes() == tlv;
    }
};

/// Fixed-layout RFC 5415 elements.
class Rfc5415SimpleElementsTestCase : public ElementImageTestCase
{
  public:
    Rfc5415SimpleElementsTestCase()
        : ElementImageTestCase("RFC 5415 fixed-layout and string elements match their byte images")
    {
    }

  private:
    void DoRun() override
    {
        {
            CapwapAcNameElement e;
            e.name = "wlc-1";
            CapwapAcNameElement d;
            // Type 4, Length 5, Name "wlc-1"
            Image(e, {0x00, 0x04, 0x00, 0x05, 'w', 'l', 'c', '-', '1'}, d);
            NS_TEST_EXPECT_MSG_EQ(d.name, "wlc-1", "AC Name");
        }
        {
            CapwapControlIpv4AddressElement e;
            e.ipAddress = Ipv4Address("10.0.0.1");
            e.wtpCount = 3;
            CapwapControlIpv4AddressElement d;
            // Type 10, Length 6, IP Address, WTP Count
            Image(e, {0x00, 0x0a, 0x00, 0x06, 10, 0, 0, 1, 0x00, 0x03}, d);
            NS_TEST_EXPECT_MSG_EQ(d.ipAddress, Ipv4Address("10.0.0.1"), "IP Address");
            NS_TEST_EXPECT_MSG_EQ(d.wtpCount, 3, "WTP Count");
        }
        {
            CapwapLocalIpv4AddressElement e;
            e.ipAddress = Ipv4Address("192.168.1.20");
            CapwapLocalIpv4AddressElement d;
            // Type 30, Length 4, IP Address
            Image(e, {0x00, 0x1e, 0x00, 0x04, 192, 168, 1, 20}, d);
            NS_TEST_EXPECT_MSG_EQ(d.ipAddress, Ipv4Address("192.168.1.20"), "IP Address");
        }
        {
            CapwapTimersElement e;
            e.discovery = 20;
            e.echoRequest = 30;
            CapwapTimersElement d;
            // Type 12, Length 2, Discovery, Echo Request
            Image(e, {0x00, 0x0c, 0x00, 0x02, 20, 30}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.discovery), 20u, "Discovery");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.echoRequest), 30u, "Echo Request");
        }
        {
            CapwapDecryptionErrorReportPeriodElement e;
            e.radioId = 1;
            e.reportInterval = 120;
            CapwapDecryptionErrorReportPeriodElement d;
            // Type 16, Length 3, Radio ID, Report Interval
            Image(e, {0x00, 0x10, 0x00, 0x03, 0x01, 0x00, 0x78}, d);
            NS_TEST_EXPECT_MSG_EQ(d.reportInterval, 120, "Report Interval");
        }
        {
            CapwapDeleteStationElement e;
            e.radioId = 1;
            e.macAddress = Mac48Address("02:00:00:00:00:07");
            CapwapDeleteStationElement d;
            // Type 18, Length 8, Radio ID, Length 6, MAC Address
            Image(e, {0x00, 0x12, 0x00, 0x08, 0x01, 0x06, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07}, d);
            NS_TEST_EXPECT_MSG_EQ(d.macAddress, Mac48Address("02:00:00:00:00:07"), "MAC Address");
        }
        {
            CapwapAddStationElement e;
            e.radioId = 2;
            e.macAddress = Mac48Address("02:00:00:00:00:07");
            e.vlanName = "guest";
            CapwapAddStationElement d;
            // Type 8, Length 13, Radio ID, Length 6, MAC Address, VLAN Name "guest"
            Image(e,
                  {0x00,
                   0x08,
                   0x00,
                   0x0d,
                   0x02,
                   0x06,
                   0x02,
                   0x00,
                   0x00,
                   0x00,
                   0x00,
                   0x07,
                   'g',
                   'u',
                   'e',
                   's',
                   't'},
                  d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.radioId), 2u, "Radio ID");
            NS_TEST_EXPECT_MSG_EQ(d.macAddress, Mac48Address("02:00:00:00:00:07"), "MAC Address");
            NS_TEST_EXPECT_MSG_EQ(d.vlanName, "guest", "VLAN Name");
            e.vlanName.clear();
            // Without VLAN Name: Length 8
            Image(e, {0x00, 0x08, 0x00, 0x08, 0x02, 0x06, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07}, d);
            NS_TEST_EXPECT_MSG_EQ(d.vlanName, "", "no VLAN Name");
        }
        {
            CapwapDiscoveryTypeElement e;
            e.discoveryType = CapwapDiscoveryTypeElement::STATIC_CONFIGURATION;
            CapwapDiscoveryTypeElement d;
            // Type 20, Length 1, Discovery Type 1
            Image(e, {0x00, 0x14, 0x00, 0x01, 0x01}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.discoveryType), 1u, "Discovery Type");
        }
        {
            CapwapIdleTimeoutElement e;
            e.timeout = 300;
            CapwapIdleTimeoutElement d;
            // Type 23, Length 4, Timeout 300
            Image(e, {0x00, 0x17, 0x00, 0x04, 0x00, 0x00, 0x01, 0x2c}, d);
            NS_TEST_EXPECT_MSG_EQ(d.timeout, 300u, "Timeout");
        }
        {
            CapwapLocationDataElement e;
            e.location = "lab";
            CapwapLocationDataElement d;
            // Type 28, Length 3, Location "lab"
            Image(e, {0x00, 0x1c, 0x00, 0x03, 'l', 'a', 'b'}, d);
            NS_TEST_EXPECT_MSG_EQ(d.location, "lab", "Location");
        }
        {
            CapwapMaximumMessageLengthElement e;
            e.maximumMessageLength = 4096;
            CapwapMaximumMessageLengthElement d;
            // Type 29, Length 2, Maximum Message Length 4096
            Image(e, {0x00, 0x1d, 0x00, 0x02, 0x10, 0x00}, d);
            NS_TEST_EXPECT_MSG_EQ(d.maximumMessageLength, 4096, "Maximum Message Length");
        }
        {
            CapwapRadioAdministrativeStateElement e;
            e.radioId = 1;
            e.adminState = CapwapRadioAdministrativeStateElement::ENABLED;
            CapwapRadioAdministrativeStateElement d;
            // Type 31, Length 2, Radio ID 1, Admin State 1 (Enabled)
            Image(e, {0x00, 0x1f, 0x00, 0x02, 0x01, 0x01}, d);
            e.radioId = capwap::RADIO_ID_WTP;
            e.adminState = CapwapRadioAdministrativeStateElement::DISABLED;
            // Radio ID 255 (the WTP), Admin State 2 (Disabled)
            Image(e, {0x00, 0x1f, 0x00, 0x02, 0xff, 0x02}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.radioId), 255u, "Radio ID");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.adminState), 2u, "Admin State");
        }
        {
            CapwapRadioOperationalStateElement e;
            e.radioId = 1;
            e.state = CapwapRadioOperationalStateElement::DISABLED;
            e.cause = CapwapRadioOperationalStateElement::CAUSE_ADMINISTRATIVELY_SET;
            CapwapRadioOperationalStateElement d;
            // Type 32, Length 3, Radio ID, State 2, Cause 3
            Image(e, {0x00, 0x20, 0x00, 0x03, 0x01, 0x02, 0x03}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.state), 2u, "State");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.cause), 3u, "Cause");
        }
        {
            CapwapResultCodeElement e(CapwapResultCode::JOIN_FAILURE_UNKNOWN_SOURCE);
            CapwapResultCodeElement d;
            // Type 33, Length 4, Result Code 5
            Image(e, {0x00, 0x21, 0x00, 0x04, 0x00, 0x00, 0x00, 0x05}, d);
            NS_TEST_EXPECT_MSG_EQ(d.resultCode, 5u, "Result Code");
        }
        {
            CapwapSessionIdElement e;
            for (uint8_t i = 0; i < 16; ++i)
            {
                e.sessionId[i] = static_cast<uint8_t>(0xa0 + i);
            }
            CapwapSessionIdElement d;
            // Type 35, Length 16, Session ID a0..af
            Image(e,
                  {0x00, 0x23, 0x00, 0x10, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5,
                   0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf},
                  d);
            NS_TEST_EXPECT_MSG_EQ((d.sessionId == e.sessionId), true, "Session ID");
        }
        {
            CapwapStatisticsTimerElement e;
            e.statisticsTimer = 120;
            CapwapStatisticsTimerElement d;
            // Type 36, Length 2, Statistics Timer 120
            Image(e, {0x00, 0x24, 0x00, 0x02, 0x00, 0x78}, d);
            NS_TEST_EXPECT_MSG_EQ(d.statisticsTimer, 120, "Statistics Timer");
        }
        {
            CapwapWtpFallbackElement e;
            e.mode = CapwapWtpFallbackElement::DISABLED;
            CapwapWtpFallbackElement d;
            // Type 40, Length 1, Mode 2
            Image(e, {0x00, 0x28, 0x00, 0x01, 0x02}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.mode), 2u, "Mode");
        }
        {
            CapwapWtpFrameTunnelModeElement e;
            e.native = true;
            CapwapWtpFrameTunnelModeElement d;
            // Type 41, Length 1, |Reservd|N|E|L|U| = 0000 1000
            Image(e, {0x00, 0x29, 0x00, 0x01, 0x08}, d);
            NS_TEST_EXPECT_MSG_EQ(d.native, true, "N");
            NS_TEST_EXPECT_MSG_EQ(d.ieee8023, false, "E");
            e.native = false;
            e.ieee8023 = true;
            e.localBridging = true;
            // 0000 0110: E and L
            Image(e, {0x00, 0x29, 0x00, 0x01, 0x06}, d);
            NS_TEST_EXPECT_MSG_EQ(d.native, false, "N");
            NS_TEST_EXPECT_MSG_EQ(d.ieee8023, true, "E");
            NS_TEST_EXPECT_MSG_EQ(d.localBridging, true, "L");
        }
        {
            CapwapWtpMacTypeElement e;
            e.macType = CapwapWtpMacTypeElement::SPLIT_MAC;
            CapwapWtpMacTypeElement d;
            // Type 44, Length 1, MAC Type 1 (Split MAC)
            Image(e, {0x00, 0x2c, 0x00, 0x01, 0x01}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.macType), 1u, "MAC Type");
        }
        {
            CapwapWtpNameElement e;
            e.name = "AP001";
            CapwapWtpNameElement d;
            // Type 45, Length 5, WTP Name "AP001"
            Image(e, {0x00, 0x2d, 0x00, 0x05, 'A', 'P', '0', '0', '1'}, d);
            NS_TEST_EXPECT_MSG_EQ(d.name, "AP001", "WTP Name");
        }
        {
            CapwapWtpRebootStatisticsElement e;
            e.rebootCount = 3;
            e.acInitiatedCount = 1;
            e.linkFailureCount = 2;
            e.unknownFailureCount = 0x0102;
            e.lastFailureType = CapwapWtpRebootStatisticsElement::LINK_FAILURE;
            CapwapWtpRebootStatisticsElement d;
            // Type 48, Length 15: Reboot Count 3, AC Initiated 1, Link Failure 2, SW 0, HW 0,
            // Other 0, Unknown 0x0102, Last Failure Type 2
            Image(e,
                  {0x00,
                   0x30,
                   0x00,
                   0x0f,
                   0x00,
                   0x03,
                   0x00,
                   0x01,
                   0x00,
                   0x02,
                   0x00,
                   0x00,
                   0x00,
                   0x00,
                   0x00,
                   0x00,
                   0x01,
                   0x02,
                   0x02},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.rebootCount, 3, "Reboot Count");
            NS_TEST_EXPECT_MSG_EQ(d.linkFailureCount, 2, "Link Failure Count");
            NS_TEST_EXPECT_MSG_EQ(d.unknownFailureCount, 0x0102, "Unknown Failure Count");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.lastFailureType), 2u, "Last Failure Type");
        }
        {
            CapwapEcnSupportElement e;
            e.ecnSupport = CapwapEcnSupportElement::FULL_AND_LIMITED;
            CapwapEcnSupportElement d;
            // Type 53, Length 1, ECN Support 1
            Image(e, {0x00, 0x35, 0x00, 0x01, 0x01}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.ecnSupport), 1u, "ECN Support");
        }
    }
};

/// RFC 5415 elements with sub-elements.
class Rfc5415DescriptorElementsTestCase : public ElementImageTestCase
{
  public:
    Rfc5415DescriptorElementsTestCase()
        : ElementImageTestCase("RFC 5415 descriptor elements and their sub-elements match their "
                               "byte images")
    {
    }

  private:
    void DoRun() override
    {
        {
            CapwapAcDescriptorElement e;
            e.stations = 5;
            e.limit = 200;
            e.activeWtps = 2;
            e.maxWtps = 64;
            e.security = CapwapAcDescriptorElement::SECURITY_X;
            e.rMacField = CapwapAcDescriptorElement::R_MAC_NOT_SUPPORTED;
            e.dtlsPolicy = CapwapAcDescriptorElement::DTLS_POLICY_C;
            e.acInformation.push_back({0, CapwapAcDescriptorElement::HARDWARE_VERSION, "1.0"});
            e.acInformation.push_back({0, CapwapAcDescriptorElement::SOFTWARE_VERSION, "8.5.1"});
            CapwapAcDescriptorElement d;
            // Type 1, Length 12 + 11 + 13 = 36
            // Stations 5, Limit 200, Active WTPs 2, Max WTPs 64
            // Security 0000 0010 (X), R-MAC Field 2, Reserved1 0, DTLS Policy 0000 0010 (C)
            // AC Information: Vendor 0, Type 4, Length 3, "1.0"
            // AC Information: Vendor 0, Type 5, Length 5, "8.5.1"
            Image(e,
                  {0x00, 0x01, 0x00, 0x24, 0x00, 0x05, 0x00, 0xc8, 0x00, 0x02,
                   0x00, 0x40, 0x02, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00,
                   0x00, 0x04, 0x00, 0x03, '1',  '.',  '0',  0x00, 0x00, 0x00,
                   0x00, 0x00, 0x05, 0x00, 0x05, '8',  '.',  '5',  '.',  '1'},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.stations, 5, "Stations");
            NS_TEST_EXPECT_MSG_EQ(d.limit, 200, "Limit");
            NS_TEST_EXPECT_MSG_EQ(d.activeWtps, 2, "Active WTPs");
            NS_TEST_EXPECT_MSG_EQ(d.maxWtps, 64, "Max WTPs");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.security), 2u, "Security");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.rMacField), 2u, "R-MAC");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.dtlsPolicy), 2u, "DTLS Policy");
            NS_TEST_EXPECT_MSG_EQ(d.acInformation.size(), 2u, "AC Information count");
            const auto* sw = d.FindAcInformation(CapwapAcDescriptorElement::SOFTWARE_VERSION);
            NS_TEST_ASSERT_MSG_NE(sw, nullptr, "Software Version present");
            NS_TEST_EXPECT_MSG_EQ(sw->data, "8.5.1", "Software Version");
        }
        {
            CapwapWtpBoardDataElement e;
            e.vendorIdentifier = 14179;
            e.modelNumber = "AP1";
            e.serialNumber = "S42";
            e.hasBaseMacAddress = true;
            e.baseMacAddress = Mac48Address("02:00:00:00:00:01");
            CapwapWtpBoardDataElement d;
            // Type 38, Length 4 + 7 + 7 + 10 = 28, Vendor Identifier 14179 (0x3763)
            // Model Number: Type 0, Length 3, "AP1"; Serial Number: Type 1, Length 3, "S42"
            // Base MAC Address: Type 4, Length 6, 02:00:00:00:00:01
            Image(e,
                  {0x00, 0x26, 0x00, 0x1c, 0x00, 0x00, 0x37, 0x63, 0x00, 0x00, 0x00,
                   0x03, 'A',  'P',  '1',  0x00, 0x01, 0x00, 0x03, 'S',  '4',  '2',
                   0x00, 0x04, 0x00, 0x06, 0x02, 0x00, 0x00, 0x00, 0x00, 0x01},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.vendorIdentifier, 14179u, "Vendor Identifier");
            NS_TEST_EXPECT_MSG_EQ(d.modelNumber, "AP1", "Model Number");
            NS_TEST_EXPECT_MSG_EQ(d.serialNumber, "S42", "Serial Number");
            NS_TEST_EXPECT_MSG_EQ(d.boardId, "", "no Board ID");
            NS_TEST_EXPECT_MSG_EQ(d.hasBaseMacAddress, true, "Base MAC present");
            NS_TEST_EXPECT_MSG_EQ(d.baseMacAddress, Mac48Address("02:00:00:00:00:01"), "Base MAC");
            e.hasBaseMacAddress = false;
            e.boardId = "B";
            e.boardRevision = "r2";
            // Model, Serial, Board ID (Type 2, Length 1, "B"), Board Revision (3, 2, "r2")
            Image(e,
                  {0x00, 0x26, 0x00, 0x1d, 0x00, 0x00, 0x37, 0x63, 0x00, 0x00, 0x00,
                   0x03, 'A',  'P',  '1',  0x00, 0x01, 0x00, 0x03, 'S',  '4',  '2',
                   0x00, 0x02, 0x00, 0x01, 'B',  0x00, 0x03, 0x00, 0x02, 'r',  '2'},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.boardId, "B", "Board ID");
            NS_TEST_EXPECT_MSG_EQ(d.boardRevision, "r2", "Board Revision");
            NS_TEST_EXPECT_MSG_EQ(d.hasBaseMacAddress, false, "no Base MAC");
        }
        {
            CapwapWtpDescriptorElement e;
            e.maxRadios = 2;
            e.radiosInUse = 1;
            e.encryption.push_back({capwap::WBID_IEEE80211, 0x0001});
            e.descriptors.push_back({0, CapwapWtpDescriptorElement::HARDWARE_VERSION, "hw"});
            e.descriptors.push_back(
                {0, CapwapWtpDescriptorElement::ACTIVE_SOFTWARE_VERSION, "1.0"});
            e.descriptors.push_back({0, CapwapWtpDescriptorElement::BOOT_VERSION, "0.9"});
            CapwapWtpDescriptorElement d;
            // Type 39, Length 3 + 3 + 10 + 11 + 11 = 38
            // Max Radios 2, Radios in use 1, Num Encrypt 1
            // Encryption Sub-Element: |Resvd|WBID| = 000 00001, Encryption Capabilities 1
            // Descriptors: Vendor 0, Type 0, Length 2, "hw"; Vendor 0, Type 1, Length 3, "1.0";
            // Vendor 0, Type 2, Length 3, "0.9"
            Image(e,
                  {0x00, 0x27, 0x00, 0x26, 0x02, 0x01, 0x01, 0x01, 0x00, 0x01, 0x00,
                   0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 'h',  'w',  0x00, 0x00,
                   0x00, 0x00, 0x00, 0x01, 0x00, 0x03, '1',  '.',  '0',  0x00, 0x00,
                   0x00, 0x00, 0x00, 0x02, 0x00, 0x03, '0',  '.',  '9'},
                  d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.maxRadios), 2u, "Max Radios");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.radiosInUse), 1u, "Radios in use");
            NS_TEST_EXPECT_MSG_EQ(d.encryption.size(), 1u, "Num Encrypt");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.encryption[0].wbid), 1u, "WBID");
            NS_TEST_EXPECT_MSG_EQ(d.encryption[0].encryptionCapabilities, 1, "capabilities");
            NS_TEST_EXPECT_MSG_EQ(d.descriptors.size(), 3u, "descriptors");
            const auto* boot = d.FindDescriptor(CapwapWtpDescriptorElement::BOOT_VERSION);
            NS_TEST_ASSERT_MSG_NE(boot, nullptr, "Boot Version present");
            NS_TEST_EXPECT_MSG_EQ(boot->data, "0.9", "Boot Version");
        }
        {
            CapwapVendorSpecificPayloadElement e;
            e.vendorIdentifier = 14179;
            e.elementId = 1;
            e.data = {0xaa, 0xbb};
            CapwapVendorSpecificPayloadElement d;
            // Type 37, Length 8, Vendor Identifier 0x3763, Element ID 1, Data aa bb
            Image(e, {0x00, 0x25, 0x00, 0x08, 0x00, 0x00, 0x37, 0x63, 0x00, 0x01, 0xaa, 0xbb}, d);
            NS_TEST_EXPECT_MSG_EQ(d.vendorIdentifier, 14179u, "Vendor Identifier");
            NS_TEST_EXPECT_MSG_EQ(d.elementId, 1, "Element ID");
            NS_TEST_EXPECT_MSG_EQ(HexString(d.data), HexString({0xaa, 0xbb}), "Data");
        }
    }
};

/// RFC 5416 elements.
class Rfc5416ElementsTestCase : public ElementImageTestCase
{
  public:
    Rfc5416ElementsTestCase()
        : ElementImageTestCase("RFC 5416 IEEE 802.11 elements match their byte images")
    {
    }

  private:
    void DoRun() override
    {
        {
            Ieee80211AddWlanElement e;
            e.radioId = 1;
            e.wlanId = 2;
            e.capability =
                Ieee80211AddWlanElement::CAPABILITY_E | Ieee80211AddWlanElement::CAPABILITY_P;
            e.keyIndex = 0;
            e.keyStatus = Ieee80211AddWlanElement::KEY_STATUS_PER_STATION;
            e.qos = Ieee80211AddWlanElement::QOS_VIDEO;
            e.authType = Ieee80211AddWlanElement::AUTH_OPEN_SYSTEM;
            e.macMode = Ieee80211AddWlanElement::MAC_MODE_SPLIT;
            e.tunnelMode = Ieee80211AddWlanElement::TUNNEL_80211;
            e.suppressSsid = 1;
            e.ssid = "lab-psk";
            Ieee80211AddWlanElement d;
            // Type 1024, Length 2+2+1+1+2+0+6+5+7 = 26
            // Radio ID 1, WLAN ID 2, Capability |E|I|C|F|P|...| = 1000 1000 0000 0000
            // Key Index 0, Key Status 0, Key Length 0, Group TSC 0 (6 bytes)
            // QoS 1, Auth Type 0, MAC Mode 1, Tunnel Mode 2, Suppress SSID 1, SSID "lab-psk"
            Image(e,
                  {0x04, 0x00, 0x00, 0x1a, 0x01, 0x02, 0x88, 0x00, 0x00, 0x00,
                   0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00,
                   0x01, 0x02, 0x01, 'l',  'a',  'b',  '-',  'p',  's',  'k'},
                  d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.wlanId), 2u, "WLAN ID");
            NS_TEST_EXPECT_MSG_EQ(d.capability, 0x8800, "Capability");
            NS_TEST_EXPECT_MSG_EQ(d.key.size(), 0u, "no Key");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.qos), 1u, "QoS");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.macMode), 1u, "MAC Mode");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.tunnelMode), 2u, "Tunnel Mode");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.suppressSsid), 1u, "Suppress SSID");
            NS_TEST_EXPECT_MSG_EQ(d.ssid, "lab-psk", "SSID");

            e.keyIndex = 1;
            e.keyStatus = Ieee80211AddWlanElement::KEY_STATUS_STATIC_WEP;
            e.key = {0x01, 0x02, 0x03, 0x04, 0x05};
            e.groupTsc = {0x00, 0x00, 0x00, 0x00, 0x01, 0x02};
            e.authType = Ieee80211AddWlanElement::AUTH_WEP_SHARED_KEY;
            e.ssid = "w";
            // Length 2+2+1+1+2+5+6+5+1 = 25; Key Index 1, Key Status 1, Key Length 5, Key,
            // Group TSC 00 00 00 00 01 02, QoS 1, Auth Type 1, MAC Mode 1, Tunnel 2, Suppress 1
            Image(e,
                  {0x04, 0x00, 0x00, 0x19, 0x01, 0x02, 0x88, 0x00, 0x01, 0x01,
                   0x00, 0x05, 0x01, 0x02, 0x03, 0x04, 0x05, 0x00, 0x00, 0x00,
                   0x00, 0x01, 0x02, 0x01, 0x01, 0x01, 0x02, 0x01, 'w'},
                  d);
            NS_TEST_EXPECT_MSG_EQ(HexString(d.key),
                                  HexString({0x01, 0x02, 0x03, 0x04, 0x05}),
                                  "Key");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.groupTsc[5]), 2u, "Group TSC");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.authType), 1u, "Auth Type");
            NS_TEST_EXPECT_MSG_EQ(d.ssid, "w", "SSID");
        }
        {
            Ieee80211AssignedWtpBssidElement e;
            e.radioId = 1;
            e.wlanId = 1;
            e.bssid = Mac48Address("02:00:00:00:01:01");
            Ieee80211AssignedWtpBssidElement d;
            // Type 1026, Length 8, Radio ID, WLAN ID, BSSID
            Image(e, {0x04, 0x02, 0x00, 0x08, 0x01, 0x01, 0x02, 0x00, 0x00, 0x00, 0x01, 0x01}, d);
            NS_TEST_EXPECT_MSG_EQ(d.bssid, Mac48Address("02:00:00:00:01:01"), "BSSID");
        }
        {
            Ieee80211DeleteWlanElement e;
            e.radioId = 3;
            e.wlanId = 16;
            Ieee80211DeleteWlanElement d;
            // Type 1027, Length 2, Radio ID 3, WLAN ID 16
            Image(e, {0x04, 0x03, 0x00, 0x02, 0x03, 0x10}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.radioId), 3u, "Radio ID");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.wlanId), 16u, "WLAN ID");
        }
        {
            Ieee80211InformationElement e;
            e.radioId = 1;
            e.wlanId = 1;
            e.beacon = true;
            e.probeResponse = true;
            // RSN element: ID 48, Length 20, version 1, group CCMP, 1 pairwise CCMP, 1 AKM PSK,
            // RSN capabilities 0
            e.informationElement = {0x30, 0x14, 0x01, 0x00, 0x00, 0x0f, 0xac, 0x04,
                                    0x01, 0x00, 0x00, 0x0f, 0xac, 0x04, 0x01, 0x00,
                                    0x00, 0x0f, 0xac, 0x02, 0x00, 0x00};
            Ieee80211InformationElement d;
            // Type 1029, Length 3 + 22 = 25, Radio ID, WLAN ID, |B|P|Reserved| = 1100 0000
            Image(e,
                  {0x04, 0x05, 0x00, 0x19, 0x01, 0x01, 0xc0, 0x30, 0x14, 0x01,
                   0x00, 0x00, 0x0f, 0xac, 0x04, 0x01, 0x00, 0x00, 0x0f, 0xac,
                   0x04, 0x01, 0x00, 0x00, 0x0f, 0xac, 0x02, 0x00, 0x00},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.beacon, true, "B");
            NS_TEST_EXPECT_MSG_EQ(d.probeResponse, true, "P");
            NS_TEST_EXPECT_MSG_EQ(HexString(d.informationElement),
                                  HexString(e.informationElement),
                                  "IE");
            e.beacon = false;
            e.informationElement = {0xdd, 0x01, 0x42};
            // flags 0100 0000 (P only), vendor element dd 01 42
            Image(e, {0x04, 0x05, 0x00, 0x06, 0x01, 0x01, 0x40, 0xdd, 0x01, 0x42}, d);
            NS_TEST_EXPECT_MSG_EQ(d.beacon, false, "B");
            NS_TEST_EXPECT_MSG_EQ(d.probeResponse, true, "P");
        }
        {
            Ieee80211StationElement e;
            e.radioId = 1;
            e.associationId = 1;
            e.flags = 0;
            e.macAddress = Mac48Address("02:00:00:00:00:07");
            e.capabilities = 0x0401;
            e.wlanId = 1;
            e.supportedRates = {0x82, 0x84, 0x8b, 0x96, 0x0c, 0x12, 0x18, 0x24};
            Ieee80211StationElement d;
            // Type 1036, Length 13 + 8 = 21, Radio ID 1, Association ID 1, Flags 0,
            // MAC Address, Capabilities 0x0401, WLAN ID 1, Supported Rates
            Image(e,
                  {0x04, 0x0c, 0x00, 0x15, 0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00,
                   0x07, 0x04, 0x01, 0x01, 0x82, 0x84, 0x8b, 0x96, 0x0c, 0x12, 0x18, 0x24},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.associationId, 1, "Association ID");
            NS_TEST_EXPECT_MSG_EQ(d.macAddress, Mac48Address("02:00:00:00:00:07"), "MAC Address");
            NS_TEST_EXPECT_MSG_EQ(d.capabilities, 0x0401, "Capabilities");
            NS_TEST_EXPECT_MSG_EQ(HexString(d.supportedRates),
                                  HexString(e.supportedRates),
                                  "Supported Rates");
        }
        {
            Ieee80211StationSessionKeyElement e;
            e.macAddress = Mac48Address("02:00:00:00:00:07");
            e.acCrypto = true;
            e.pairwiseRsc = {0, 0, 0, 0, 0, 9};
            for (uint8_t i = 0; i < 16; ++i)
            {
                e.key.push_back(static_cast<uint8_t>(0x10 + i));
            }
            Ieee80211StationSessionKeyElement d;
            // Type 1038, Length 20 + 16 = 36, MAC Address, Flags |A|C|...| = 0100 0000 0000
            // 0000, Pairwise TSC 0, Pairwise RSC 00 00 00 00 00 09, Key 10..1f
            Image(e,
                  {0x04, 0x0e, 0x00, 0x24, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07,
                   0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                   0x00, 0x00, 0x00, 0x09, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
                   0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.akmOnly, false, "A");
            NS_TEST_EXPECT_MSG_EQ(d.acCrypto, true, "C");
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.pairwiseRsc[5]), 9u, "Pairwise RSC");
            NS_TEST_EXPECT_MSG_EQ(HexString(d.key), HexString(e.key), "Key");
            e.akmOnly = true;
            e.acCrypto = false;
            e.pairwiseRsc = {};
            e.key = {1, 2, 3, 4, 5};
            // Flags 1000 0000 0000 0000 (A), 5-byte key: Length 25
            Image(e,
                  {0x04, 0x0e, 0x00, 0x19, 0x02, 0x00, 0x00, 0x00, 0x00, 0x07,
                   0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                   0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05},
                  d);
            NS_TEST_EXPECT_MSG_EQ(d.akmOnly, true, "A");
            NS_TEST_EXPECT_MSG_EQ(d.acCrypto, false, "C");
        }
        {
            Ieee80211SupportedRatesElement e;
            e.radioId = 1;
            e.supportedRates = {0x82, 0x84, 0x8b, 0x96};
            Ieee80211SupportedRatesElement d;
            // Type 1040, Length 5, Radio ID 1, rates 1, 2, 5.5, 11 Mb/s (basic)
            Image(e, {0x04, 0x10, 0x00, 0x05, 0x01, 0x82, 0x84, 0x8b, 0x96}, d);
            NS_TEST_EXPECT_MSG_EQ(HexString(d.supportedRates),
                                  HexString(e.supportedRates),
                                  "rates");
        }
        {
            Ieee80211WtpRadioInformationElement e;
            e.radioId = 1;
            e.radioType = Ieee80211WtpRadioInformationElement::RADIO_TYPE_B |
                          Ieee80211WtpRadioInformationElement::RADIO_TYPE_G |
                          Ieee80211WtpRadioInformationElement::RADIO_TYPE_N;
            Ieee80211WtpRadioInformationElement d;
            // Type 1048, Length 5, Radio ID 1, Radio Type |Reserved|N|G|A|B| = ...0000 1101
            Image(e, {0x04, 0x18, 0x00, 0x05, 0x01, 0x00, 0x00, 0x00, 0x0d}, d);
            NS_TEST_EXPECT_MSG_EQ(d.radioType, 0x0du, "Radio Type");
        }
        {
            Ieee80211OfdmControlElement e;
            e.radioId = 1;
            e.currentChannel = 36;
            e.bandSupport = 0x01;
            e.tiThreshold = 0x00000064;
            Ieee80211OfdmControlElement d;
            // Type 1033, Length 8, Radio ID 1, Reserved, Current Chan 36, Band Support 1,
            // TI Threshold 100
            Image(e, {0x04, 0x09, 0x00, 0x08, 0x01, 0x00, 0x24, 0x01, 0x00, 0x00, 0x00, 0x64}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.currentChannel), 36u, "Current Chan");
            NS_TEST_EXPECT_MSG_EQ(d.tiThreshold, 100u, "TI Threshold");
        }
        {
            Ieee80211DirectSequenceControlElement e;
            e.radioId = 2;
            e.currentChannel = 1;
            e.currentCca = 4;
            e.energyDetectThreshold = 0x12345678;
            Ieee80211DirectSequenceControlElement d;
            // Type 1028, Length 8, Radio ID 2, Reserved, Current Chan 1, Current CCA 4,
            // Energy Detect Threshold 0x12345678
            Image(e, {0x04, 0x04, 0x00, 0x08, 0x02, 0x00, 0x01, 0x04, 0x12, 0x34, 0x56, 0x78}, d);
            NS_TEST_EXPECT_MSG_EQ(unsigned(d.currentCca), 4u, "Current CCA");
            std::string why;
            CapwapMessageElement shortElement(Ieee80211DirectSequenceControlElement::TYPE,
                                              {0x02, 0x00, 0x01, 0x04, 0x12, 0x34, 0x56});
            NS_TEST_EXPECT_MSG_EQ(
                Ieee80211DirectSequenceControlElement::FromElement(shortElement, d, why),
                false,
                "7-byte Direct Sequence Control rejected");
        }
    }
};

/// The generic element: Type/Length header, lists, names.
class GenericElementTestCase : public TestCase
{
  public:
    GenericElementTestCase()
        : TestCase("generic message elements: TLV encoding, lists and type checks")
    {
    }

  private:
    void DoRun() override
    {
        ByteWriter writer;
        CapwapMessageElement::EncodeList(
            writer,
            {CapwapMessageElement(0x1234, {0xab}), CapwapMessageElement(0x0001, {})});
        const std::vector<uint8_t> expected =
            {0x12, 0x34, 0x00, 0x01, 0xab, 0x00, 0x01, 0x00, 0x00};
        NS_TEST_EXPECT_MSG_EQ(HexString(writer.GetBytes()), HexString(expected), "list image");
        ByteReader reader(expected);
        std::vector<CapwapMessageElement> list;
        std::string why;
        NS_TEST_ASSERT_MSG_EQ(CapwapMessageElement::DecodeList(reader, list, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(list.size(), 2u, "two elements");
        NS_TEST_EXPECT_MSG_EQ(list[0].type, 0x1234, "first type");
        NS_TEST_EXPECT_MSG_EQ(list[1].value.size(), 0u, "empty value");

        // A typed decoder refuses an element of another Type.
        CapwapWtpNameElement name;
        NS_TEST_EXPECT_MSG_EQ(
            CapwapWtpNameElement::FromElement(CapwapMessageElement(4, {'x'}), name, why),
            false,
            "AC Name is not a WTP Name");
        NS_TEST_EXPECT_MSG_EQ(why.empty(), false, "reason given");
        NS_TEST_EXPECT_MSG_EQ(CapwapElementTypeName(1048),
                              "IEEE 802.11 WTP Radio Information",
                              "element name");
        NS_TEST_EXPECT_MSG_EQ(CapwapResultCodeName(22),
                              "Data Transfer Error (No Information to Transfer)",
                              "result code name");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(CapwapResultCode::FAILURE_UNRECOGNIZED_ELEMENT),
                              21u,
                              "result code value");
    }
};

/// The suite.
class CapwapElementsTestSuite : public TestSuite
{
  public:
    CapwapElementsTestSuite()
        : TestSuite("wlc-capwap-elements", WLC_TEST_UNIT)
    {
        AddTestCase(new GenericElementTestCase, WLC_TEST_QUICK);
        AddTestCase(new Rfc5415SimpleElementsTestCase, WLC_TEST_QUICK);
        AddTestCase(new Rfc5415DescriptorElementsTestCase, WLC_TEST_QUICK);
        AddTestCase(new Rfc5416ElementsTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
CapwapElementsTestSuite g_capwapElementsTestSuite;

} // namespace
} // namespace ns3
