/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ns3/capwap-control-message.h"
#include "ns3/capwap-data-message.h"
#include "ns3/capwap-descriptor-elements.h"
#include "ns3/capwap-elements.h"
#include "ns3/capwap-header.h"
#include "ns3/capwap-ieee80211-elements.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <random>

/**
 * \file
 * \ingroup wlc-tests
 * CAPWAP decoders against malformed input: truncations, bad preambles and header lengths,
 * inconsistent Message Element Lengths, element and sub-element overruns, out-of-range fields,
 * and random corruption, which must be either decoded or rejected with a reason, never crash.
 */

namespace ns3
{
namespace
{

/**
 * Decode an element with the typed decoder of its Type and, if that succeeds, check that the
 * typed element encodes and decodes again.
 * \param e the element
 * \param why the reason on failure
 * \return false if a typed decoder rejected it (true for types without a typed decoder)
 */
template <typename T>
bool
TypedRoundTrip(const CapwapMessageElement& e, std::string& why)
{
    T typed;
    if (!T::FromElement(e, typed, why))
    {
        return false;
    }
    T again;
    return T::FromElement(typed.ToElement(), again, why);
}

/// \param e an element \param why the reason on failure \return the typed decoder's verdict
bool
DecodeTyped(const CapwapMessageElement& e, std::string& why)
{
    switch (e.type)
    {
    case CapwapAcDescriptorElement::TYPE:
        return TypedRoundTrip<CapwapAcDescriptorElement>(e, why);
    case CapwapAcNameElement::TYPE:
        return TypedRoundTrip<CapwapAcNameElement>(e, why);
    case CapwapAddStationElement::TYPE:
        return TypedRoundTrip<CapwapAddStationElement>(e, why);
    case CapwapControlIpv4AddressElement::TYPE:
        return TypedRoundTrip<CapwapControlIpv4AddressElement>(e, why);
    case CapwapTimersElement::TYPE:
        return TypedRoundTrip<CapwapTimersElement>(e, why);
    case CapwapDecryptionErrorReportPeriodElement::TYPE:
        return TypedRoundTrip<CapwapDecryptionErrorReportPeriodElement>(e, why);
    case CapwapDeleteStationElement::TYPE:
        return TypedRoundTrip<CapwapDeleteStationElement>(e, why);
    case CapwapDiscoveryTypeElement::TYPE:
        return TypedRoundTrip<CapwapDiscoveryTypeElement>(e, why);
    case CapwapIdleTimeoutElement::TYPE:
        return TypedRoundTrip<CapwapIdleTimeoutElement>(e, why);
    case CapwapLocationDataElement::TYPE:
        return TypedRoundTrip<CapwapLocationDataElement>(e, why);
    case CapwapMaximumMessageLengthElement::TYPE:
        return TypedRoundTrip<CapwapMaximumMessageLengthElement>(e, why);
    case CapwapLocalIpv4AddressElement::TYPE:
        return TypedRoundTrip<CapwapLocalIpv4AddressElement>(e, why);
    case CapwapRadioAdministrativeStateElement::TYPE:
        return TypedRoundTrip<CapwapRadioAdministrativeStateElement>(e, why);
    case CapwapRadioOperationalStateElement::TYPE:
        return TypedRoundTrip<CapwapRadioOperationalStateElement>(e, why);
    case CapwapResultCodeElement::TYPE:
        return TypedRoundTrip<CapwapResultCodeElement>(e, why);
    case CapwapSessionIdElement::TYPE:
        return TypedRoundTrip<CapwapSessionIdElement>(e, why);
    case CapwapStatisticsTimerElement::TYPE:
        return TypedRoundTrip<CapwapStatisticsTimerElement>(e, why);
    case CapwapVendorSpecificPayloadElement::TYPE:
        return TypedRoundTrip<CapwapVendorSpecificPayloadElement>(e, why);
    case CapwapWtpBoardDataElement::TYPE:
        return TypedRoundTrip<CapwapWtpBoardDataElement>(e, why);
    case CapwapWtpDescriptorElement::TYPE:
        return TypedRoundTrip<CapwapWtpDescriptorElement>(e, why);
    case CapwapWtpFallbackElement::TYPE:
        return TypedRoundTrip<CapwapWtpFallbackElement>(e, why);
    case CapwapWtpFrameTunnelModeElement::TYPE:
        return TypedRoundTrip<CapwapWtpFrameTunnelModeElement>(e, why);
    case CapwapWtpMacTypeElement::TYPE:
        return TypedRoundTrip<CapwapWtpMacTypeElement>(e, why);
    case CapwapWtpNameElement::TYPE:
        return TypedRoundTrip<CapwapWtpNameElement>(e, why);
    case CapwapWtpRebootStatisticsElement::TYPE:
        return TypedRoundTrip<CapwapWtpRebootStatisticsElement>(e, why);
    case CapwapEcnSupportElement::TYPE:
        return TypedRoundTrip<CapwapEcnSupportElement>(e, why);
    case Ieee80211AddWlanElement::TYPE:
        return TypedRoundTrip<Ieee80211AddWlanElement>(e, why);
    case Ieee80211AssignedWtpBssidElement::TYPE:
        return TypedRoundTrip<Ieee80211AssignedWtpBssidElement>(e, why);
    case Ieee80211DeleteWlanElement::TYPE:
        return TypedRoundTrip<Ieee80211DeleteWlanElement>(e, why);
    case Ieee80211InformationElement::TYPE:
        return TypedRoundTrip<Ieee80211InformationElement>(e, why);
    case Ieee80211StationElement::TYPE:
        return TypedRoundTrip<Ieee80211StationElement>(e, why);
    case Ieee80211StationSessionKeyElement::TYPE:
        return TypedRoundTrip<Ieee80211StationSessionKeyElement>(e, why);
    case Ieee80211SupportedRatesElement::TYPE:
        return TypedRoundTrip<Ieee80211SupportedRatesElement>(e, why);
    case Ieee80211WtpRadioInformationElement::TYPE:
        return TypedRoundTrip<Ieee80211WtpRadioInformationElement>(e, why);
    default:
        return true;
    }
}

/// \return a Session ID element
CapwapSessionIdElement
SessionId()
{
    CapwapSessionIdElement e;
    for (uint8_t i = 0; i < 16; ++i)
    {
        e.sessionId[i] = static_cast<uint8_t>(0x30 + i);
    }
    return e;
}

/// \return valid control messages covering every typed element
std::vector<CapwapControlMessage>
ValidControlMessages()
{
    std::vector<CapwapControlMessage> messages;

    CapwapControlMessage join(CapwapMessageType::JOIN_REQUEST, 7);
    CapwapLocationDataElement location;
    location.location = "building 1";
    join.Add(location);
    CapwapWtpBoardDataElement board;
    board.vendorIdentifier = 14179;
    board.modelNumber = "AP1";
    board.serialNumber = "SN1";
    board.boardId = "B1";
    board.hasBaseMacAddress = true;
    board.baseMacAddress = Mac48Address("02:00:00:00:00:01");
    join.Add(board);
    CapwapWtpDescriptorElement descriptor;
    descriptor.encryption.push_back({1, 0});
    descriptor.descriptors.push_back({0, 0, "hw1"});
    descriptor.descriptors.push_back({0, 1, "sw1"});
    descriptor.descriptors.push_back({0, 2, "boot1"});
    join.Add(descriptor);
    CapwapWtpNameElement name;
    name.name = "AP001";
    join.Add(name);
    join.Add(SessionId());
    CapwapWtpFrameTunnelModeElement tunnel;
    tunnel.native = true;
    join.Add(tunnel);
    join.Add(CapwapWtpMacTypeElement());
    Ieee80211WtpRadioInformationElement radio;
    radio.radioType = 0x0d;
    join.Add(radio);
    join.Add(CapwapEcnSupportElement());
    CapwapLocalIpv4AddressElement local;
    local.ipAddress = Ipv4Address("10.0.0.2");
    join.Add(local);
    join.Add(CapwapMaximumMessageLengthElement());
    CapwapVendorSpecificPayloadElement vendor;
    vendor.vendorIdentifier = 14179;
    vendor.elementId = 3;
    vendor.data = {1, 2, 3};
    join.Add(vendor);
    messages.push_back(join);

    CapwapControlMessage response(CapwapMessageType::JOIN_RESPONSE, 7);
    response.Add(CapwapResultCodeElement(CapwapResultCode::SUCCESS));
    CapwapAcDescriptorElement ac;
    ac.acInformation.push_back({0, 4, "hw"});
    ac.acInformation.push_back({0, 5, "sw"});
    response.Add(ac);
    CapwapAcNameElement acName;
    acName.name = "wlc";
    response.Add(acName);
    CapwapControlIpv4AddressElement control;
    control.ipAddress = Ipv4Address("10.0.0.1");
    response.Add(control);
    messages.push_back(response);

    CapwapControlMessage status(CapwapMessageType::CONFIGURATION_STATUS_RESPONSE, 8);
    status.Add(CapwapTimersElement());
    status.Add(CapwapDecryptionErrorReportPeriodElement());
    status.Add(CapwapIdleTimeoutElement());
    status.Add(CapwapWtpFallbackElement());
    status.Add(CapwapRadioAdministrativeStateElement());
    status.Add(CapwapStatisticsTimerElement());
    status.Add(CapwapWtpRebootStatisticsElement());
    status.Add(CapwapRadioOperationalStateElement());
    CapwapDiscoveryTypeElement discovery;
    status.Add(discovery);
    messages.push_back(status);

    CapwapControlMessage station(CapwapMessageType::STATION_CONFIGURATION_REQUEST, 9);
    CapwapAddStationElement add;
    add.macAddress = Mac48Address("02:00:00:00:00:07");
    add.vlanName = "v10";
    station.Add(add);
    Ieee80211StationElement sta;
    sta.macAddress = add.macAddress;
    sta.supportedRates = {0x82, 0x84};
    station.Add(sta);
    Ieee80211StationSessionKeyElement key;
    key.macAddress = add.macAddress;
    key.key.assign(16, 0x5a);
    station.Add(key);
    CapwapDeleteStationElement del;
    del.macAddress = add.macAddress;
    station.Add(del);
    messages.push_back(station);

    CapwapControlMessage wlan(CapwapMessageType::IEEE80211_WLAN_CONFIGURATION_REQUEST, 10);
    Ieee80211AddWlanElement addWlan;
    addWlan.ssid = "corp";
    addWlan.key = {9, 9, 9, 9, 9};
    wlan.Add(addWlan);
    Ieee80211InformationElement ie;
    ie.beacon = true;
    ie.informationElement = {0x30, 0x02, 0x01, 0x00};
    wlan.Add(ie);
    Ieee80211AssignedWtpBssidElement bssid;
    wlan.Add(bssid);
    wlan.Add(Ieee80211DeleteWlanElement());
    Ieee80211SupportedRatesElement rates;
    rates.supportedRates = {0x82, 0x84, 0x8b, 0x96};
    wlan.Add(rates);
    messages.push_back(wlan);

    CapwapControlMessage echo(CapwapMessageType::ECHO_REQUEST, 11);
    echo.GetHeader().SetRadioMac(Mac48Address("02:00:00:00:00:09"));
    messages.push_back(echo);
    return messages;
}

/// \return valid data channel messages
std::vector<CapwapDataMessage>
ValidDataMessages()
{
    std::vector<CapwapDataMessage> messages;
    messages.push_back(CapwapDataMessage::CreateKeepAlive(SessionId()));
    CapwapDataMessage frame =
        CapwapDataMessage::CreateIeee80211Frame({0x08, 0x01, 0, 0, 1, 2, 3, 4, 5, 6}, 1);
    Ieee80211FrameInfo info;
    info.rssi = -60;
    frame.GetHeader().SetFrameInfo(info);
    frame.GetHeader().SetRadioMac(Mac48Address("02:00:00:00:00:09"));
    messages.push_back(frame);
    return messages;
}

/// \param bytes an image \param size how many to keep \return the first \p size bytes
std::vector<uint8_t>
Prefix(const std::vector<uint8_t>& bytes, std::size_t size)
{
    return std::vector<uint8_t>(bytes.begin(), bytes.begin() + size);
}

/// Every strict prefix of a valid message is rejected.
class TruncationTestCase : public TestCase
{
  public:
    TruncationTestCase()
        : TestCase("every truncation of a valid control message or keep-alive is rejected")
    {
    }

  private:
    void DoRun() override
    {
        for (const auto& message : ValidControlMessages())
        {
            const std::vector<uint8_t> bytes = message.Encode();
            CapwapControlMessage decoded;
            std::string why;
            NS_TEST_ASSERT_MSG_EQ(CapwapControlMessage::Decode(bytes, decoded, why), true, why);
            for (const auto& element : decoded.GetElements())
            {
                NS_TEST_EXPECT_MSG_EQ(DecodeTyped(element, why), true, element << ": " << why);
            }
            for (std::size_t size = 0; size < bytes.size(); ++size)
            {
                why.clear();
                NS_TEST_EXPECT_MSG_EQ(
                    CapwapControlMessage::Decode(Prefix(bytes, size), decoded, why),
                    false,
                    message << " truncated to " << size << " bytes");
                NS_TEST_EXPECT_MSG_EQ(why.empty(), false, "a reason is given");
            }
        }
        // Keep-alives: every prefix. Data frames: every prefix that ends inside the header.
        for (const auto& message : ValidDataMessages())
        {
            const std::vector<uint8_t> bytes = message.Encode();
            CapwapDataMessage decoded;
            std::string why;
            NS_TEST_ASSERT_MSG_EQ(CapwapDataMessage::Decode(bytes, decoded, why), true, why);
            const std::size_t limit =
                message.IsKeepAlive() ? bytes.size() : message.GetHeader().GetSerializedSize() + 1;
            for (std::size_t size = 0; size < limit; ++size)
            {
                NS_TEST_EXPECT_MSG_EQ(CapwapDataMessage::Decode(Prefix(bytes, size), decoded, why),
                                      false,
                                      message << " truncated to " << size << " bytes");
            }
        }
    }
};

/// Preamble and HLEN validation.
class HeaderValidationTestCase : public TestCase
{
  public:
    HeaderValidationTestCase()
        : TestCase("bad preamble, version, HLEN and optional header fields are rejected")
    {
    }

  private:
    /**
     * \param bytes an image that must be rejected by the header decoder and both message
     *        decoders
     * \param what description
     * \param reason a word the reason must contain
     */
    void Reject(const std::vector<uint8_t>& bytes,
                const std::string& what,
                const std::string& reason)
    {
        std::string why;
        ByteReader reader(bytes);
        CapwapHeader header;
        NS_TEST_EXPECT_MSG_EQ(CapwapHeader::Decode(reader, header, why), false, what);
        NS_TEST_EXPECT_MSG_NE(why.find(reason),
                              std::string::npos,
                              what << ": reason '" << why << "'");
        CapwapControlMessage control;
        NS_TEST_EXPECT_MSG_EQ(CapwapControlMessage::Decode(bytes, control, why), false, what);
        CapwapDataMessage data;
        NS_TEST_EXPECT_MSG_EQ(CapwapDataMessage::Decode(bytes, data, why), false, what);
    }

    void DoRun() override
    {
        // An Echo Request after the header: 00 00 00 0d | seq 0 | MEL 3 | flags 0
        const std::vector<uint8_t> echo = {0x00, 0x00, 0x00, 0x0d, 0x00, 0x00, 0x03, 0x00};
        auto with = [&echo](std::vector<uint8_t> header) {
            header.insert(header.end(), echo.begin(), echo.end());
            return header;
        };
        std::string why;
        CapwapControlMessage control;
        NS_TEST_ASSERT_MSG_EQ(
            CapwapControlMessage::Decode(with({0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0}), control, why),
            true,
            "the reference Echo Request decodes: " << why);

        Reject(with({0x10, 0x10, 0x02, 0x00, 0, 0, 0, 0}), "version 1", "version");
        Reject(with({0x01, 0x10, 0x02, 0x00, 0, 0, 0, 0}), "DTLS preamble", "DTLS");
        Reject(with({0x02, 0x10, 0x02, 0x00, 0, 0, 0, 0}), "preamble type 2", "type");
        Reject(with({0x00, 0x00, 0x02, 0x00, 0, 0, 0, 0}), "HLEN 0", "less than 2");
        Reject(with({0x00, 0x08, 0x02, 0x00, 0, 0, 0, 0}), "HLEN 1", "less than 2");
        // HLEN 5 (20 bytes) in a 16-byte packet
        Reject(with({0x00, 0x28, 0x02, 0x00, 0, 0, 0, 0}), "HLEN beyond the packet", "exceeds");
        // HLEN 31 (124 bytes)
        Reject(with({0x00, 0xf8, 0x02, 0x00, 0, 0, 0, 0}), "HLEN 31", "exceeds");
        // HLEN 3 without optional fields: 4 bytes not covered
        Reject(with({0x00, 0x18, 0x02, 0x00, 0, 0, 0, 0, 0, 0, 0, 0}),
               "HLEN 3 no fields",
               "not covered");
        // M bit with HLEN 2: no room for the Radio MAC
        Reject(with({0x00, 0x10, 0x02, 0x10, 0, 0, 0, 0}), "M without room", "Radio MAC");
        // M bit, Radio MAC Length 7
        Reject(with({0x00, 0x20, 0x02, 0x10, 0, 0, 0, 0, 7, 1, 2, 3, 4, 5, 6, 7}),
               "Radio MAC Length 7",
               "neither 6 nor 8");
        // M bit, Radio MAC Length 8 but HLEN 4 (needs 8 + 12 = 20 bytes, HLEN 5)
        Reject(with({0x00, 0x20, 0x02, 0x10, 0, 0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7}),
               "EUI-64 overrunning HLEN",
               "overruns");
        // W bit, Length 10 in HLEN 3
        Reject(with({0x00, 0x18, 0x02, 0x20, 0, 0, 0, 0, 10, 1, 2, 3}), "WSI overrun", "overruns");
        // W bit, Length 0
        Reject(with({0x00, 0x18, 0x02, 0x20, 0, 0, 0, 0, 0, 0, 0, 0}), "empty WSI", "empty");
        // W and M with HLEN 2
        Reject(with({0x00, 0x10, 0x02, 0x30, 0, 0, 0, 0}), "W and M without room", "room");
        Reject({}, "empty packet", "empty");
        Reject({0x00, 0x10, 0x02}, "3-byte packet", "truncated");

        // EUI-64 Radio MAC with the right HLEN 5 is accepted.
        NS_TEST_EXPECT_MSG_EQ(
            CapwapControlMessage::Decode(
                with({0x00, 0x28, 0x02, 0x10, 0, 0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0}),
                control,
                why),
            true,
            "EUI-64 Radio MAC: " << why);
        NS_TEST_EXPECT_MSG_EQ(control.GetHeader().radioMacAddress.size(), 8u, "EUI-64 kept");
        Mac48Address mac;
        NS_TEST_EXPECT_MSG_EQ(control.GetHeader().GetRadioMac(mac), false, "not an EUI-48");
    }
};

/// Control header and message element validation.
class ControlValidationTestCase : public TestCase
{
  public:
    ControlValidationTestCase()
        : TestCase("inconsistent Msg Element Length, element overruns and data-channel bits on "
                   "the control channel are rejected")
    {
    }

  private:
    /**
     * \param bytes an image the control decoder must reject
     * \param what description
     * \param reason a word the reason must contain
     */
    void Reject(const std::vector<uint8_t>& bytes,
                const std::string& what,
                const std::string& reason)
    {
        std::string why;
        CapwapControlMessage control;
        NS_TEST_EXPECT_MSG_EQ(CapwapControlMessage::Decode(bytes, control, why), false, what);
        NS_TEST_EXPECT_MSG_NE(why.find(reason),
                              std::string::npos,
                              what << ": reason '" << why << "'");
    }

    void DoRun() override
    {
        const std::vector<uint8_t> header = {0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0};
        auto message = [&header](uint16_t mel, std::vector<uint8_t> rest) {
            std::vector<uint8_t> bytes = header;
            // Discovery Request, seq 1
            const std::vector<uint8_t> control = {0x00,
                                                  0x00,
                                                  0x00,
                                                  0x01,
                                                  0x01,
                                                  static_cast<uint8_t>(mel >> 8),
                                                  static_cast<uint8_t>(mel),
                                                  0x00};
            bytes.insert(bytes.end(), control.begin(), control.end());
            bytes.insert(bytes.end(), rest.begin(), rest.end());
            return bytes;
        };
        const std::vector<uint8_t> discoveryType = {0x00, 0x14, 0x00, 0x01, 0x01};
        std::string why;
        CapwapControlMessage control;
        NS_TEST_ASSERT_MSG_EQ(CapwapControlMessage::Decode(message(8, discoveryType), control, why),
                              true,
                              "reference: " << why);

        Reject(message(9, discoveryType), "MEL one too large", "exceeds");
        Reject(message(100, discoveryType), "MEL far too large", "exceeds");
        Reject(message(7, discoveryType), "MEL one too small", "trailing");
        Reject(message(3, discoveryType), "MEL ignoring the element", "trailing");
        Reject(message(5, discoveryType), "MEL counting only the element (no +3)", "trailing");
        Reject(message(2, {}), "MEL 2", "less than 3");
        Reject(message(0, {}), "MEL 0", "less than 3");
        // Element Length 10 with 1 byte of value
        Reject(message(8, {0x00, 0x14, 0x00, 0x0a, 0x01}), "element overrun", "overruns");
        // A second element header cut after 2 bytes
        Reject(message(10, {0x00, 0x14, 0x00, 0x01, 0x01, 0x00, 0x14}),
               "element header cut",
               "truncated");
        // Control header cut
        Reject({0x00, 0x10, 0x02, 0x00, 0, 0, 0, 0, 0x00, 0x00, 0x00, 0x01, 0x01, 0x00, 0x03},
               "control header cut",
               "truncated");

        // Data channel bits on the control channel: T, K, and fragments
        std::vector<uint8_t> t = message(3, {});
        t[2] = 0x03; // T is the low bit of the third byte
        Reject(t, "T bit", "T bit");
        std::vector<uint8_t> k = message(3, {});
        k[3] = 0x08;
        Reject(k, "K bit", "K bit");
        std::vector<uint8_t> f = message(3, {});
        f[3] = 0x80;
        Reject(f, "F bit", "fragment");
    }
};

/// Typed element validation.
class ElementValidationTestCase : public TestCase
{
  public:
    ElementValidationTestCase()
        : TestCase("wrong element lengths, out-of-range fields and sub-element overruns are "
                   "rejected")
    {
    }

  private:
    /**
     * \param type element Type \param value element value
     * \param what description
     */
    void Reject(uint16_t type, const std::vector<uint8_t>& value, const std::string& what)
    {
        std::string why;
        NS_TEST_EXPECT_MSG_EQ(DecodeTyped(CapwapMessageElement(type, value), why),
                              false,
                              CapwapElementTypeName(type) << ": " << what);
        NS_TEST_EXPECT_MSG_EQ(why.empty(), false, CapwapElementTypeName(type) << ": reason");
    }

    /**
     * \param type element Type \param value element value
     * \param what description
     */
    void Accept(uint16_t type, const std::vector<uint8_t>& value, const std::string& what)
    {
        std::string why;
        NS_TEST_EXPECT_MSG_EQ(DecodeTyped(CapwapMessageElement(type, value), why),
                              true,
                              CapwapElementTypeName(type) << ": " << what << ": " << why);
    }

    void DoRun() override
    {
        // Fixed-size elements: one byte short and one byte long.
        const std::vector<std::pair<uint16_t, std::size_t>> fixed = {
            {10, 6}, {30, 4}, {12, 2},  {16, 3}, {18, 8},   {20, 1},   {23, 4},
            {29, 2}, {31, 2}, {32, 3},  {33, 4}, {35, 16},  {36, 2},   {40, 1},
            {41, 1}, {44, 1}, {48, 15}, {53, 1}, {1026, 8}, {1027, 2}, {1048, 5}};
        for (const auto& [type, size] : fixed)
        {
            Reject(type, std::vector<uint8_t>(size - 1, 0x01), "one byte short");
            Reject(type, std::vector<uint8_t>(size + 1, 0x01), "one byte long");
            Reject(type, {}, "empty");
        }

        // Strings: 1..512 (AC Name, WTP Name), 1..1024 (Location Data)
        Reject(CapwapAcNameElement::TYPE, {}, "empty AC Name");
        Reject(CapwapAcNameElement::TYPE, std::vector<uint8_t>(513, 'a'), "513-byte AC Name");
        Accept(CapwapAcNameElement::TYPE, std::vector<uint8_t>(512, 'a'), "512-byte AC Name");
        Reject(CapwapWtpNameElement::TYPE, std::vector<uint8_t>(513, 'a'), "513-byte WTP Name");
        Reject(CapwapLocationDataElement::TYPE, {}, "empty Location");
        Reject(CapwapLocationDataElement::TYPE,
               std::vector<uint8_t>(1025, 'a'),
               "1025-byte Location");

        // Enumerations and identifiers
        Reject(CapwapDiscoveryTypeElement::TYPE, {5}, "Discovery Type 5");
        Reject(CapwapRadioAdministrativeStateElement::TYPE, {0, 1}, "Radio ID 0");
        Reject(CapwapRadioAdministrativeStateElement::TYPE, {32, 1}, "Radio ID 32");
        Accept(CapwapRadioAdministrativeStateElement::TYPE, {255, 2}, "Radio ID 255 (WTP)");
        Reject(CapwapRadioAdministrativeStateElement::TYPE, {1, 3}, "Admin State 3");
        Reject(CapwapRadioOperationalStateElement::TYPE, {1, 1, 4}, "Cause 4");
        Reject(CapwapWtpMacTypeElement::TYPE, {3}, "MAC Type 3");
        Reject(CapwapWtpFallbackElement::TYPE, {0}, "Fallback Mode 0");
        Reject(CapwapEcnSupportElement::TYPE, {2}, "ECN Support 2");
        Reject(CapwapWtpRebootStatisticsElement::TYPE,
               {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6},
               "Last Failure Type 6");
        Reject(Ieee80211DeleteWlanElement::TYPE, {1, 0}, "WLAN ID 0");
        Reject(Ieee80211DeleteWlanElement::TYPE, {1, 17}, "WLAN ID 17");
        Reject(Ieee80211WtpRadioInformationElement::TYPE, {0, 0, 0, 0, 1}, "Radio ID 0");

        // Stations
        Reject(CapwapAddStationElement::TYPE, {1, 8, 1, 2, 3, 4, 5, 6, 7, 8}, "EUI-64 MAC");
        Reject(CapwapAddStationElement::TYPE, {1, 6, 1, 2, 3, 4, 5}, "7 bytes");
        std::vector<uint8_t> longVlan = {1, 6, 2, 0, 0, 0, 0, 7};
        longVlan.resize(8 + 513, 'v');
        Reject(CapwapAddStationElement::TYPE, longVlan, "513-byte VLAN Name");
        Reject(CapwapDeleteStationElement::TYPE, {1, 5, 1, 2, 3, 4, 5, 6}, "MAC Length 5");

        // Add WLAN: Radio 1, WLAN 1, Capability, Key Index, Key Status, Key Length 0, TSC(6),
        // QoS, Auth, MAC Mode, Tunnel, Suppress, then the SSID.
        const std::vector<uint8_t> addWlan =
            {1, 1, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1};
        auto withSsid = [&addWlan](std::size_t size) {
            std::vector<uint8_t> value = addWlan;
            value.resize(addWlan.size() + size, 's');
            return value;
        };
        Accept(Ieee80211AddWlanElement::TYPE, withSsid(1), "1-byte SSID");
        Accept(Ieee80211AddWlanElement::TYPE, withSsid(32), "32-byte SSID");
        Reject(Ieee80211AddWlanElement::TYPE, withSsid(33), "33-byte SSID");
        Reject(Ieee80211AddWlanElement::TYPE, withSsid(0), "empty SSID");
        std::vector<uint8_t> keyOverrun = withSsid(4);
        keyOverrun[7] = 20; // Key Length 20 with 15 bytes after it
        Reject(Ieee80211AddWlanElement::TYPE, keyOverrun, "Key Length overrun");
        std::vector<uint8_t> badTunnel = withSsid(4);
        badTunnel[17] = 3;
        Reject(Ieee80211AddWlanElement::TYPE, badTunnel, "Tunnel Mode 3");
        std::vector<uint8_t> badWlan = withSsid(4);
        badWlan[1] = 17;
        Reject(Ieee80211AddWlanElement::TYPE, badWlan, "WLAN ID 17");

        // AC Descriptor: 12 fixed bytes, then AC Information sub-elements
        const std::vector<uint8_t> acFixed = {0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 2};
        auto acWith = [&acFixed](std::vector<uint8_t> rest) {
            std::vector<uint8_t> value = acFixed;
            value.insert(value.end(), rest.begin(), rest.end());
            return value;
        };
        Accept(CapwapAcDescriptorElement::TYPE, acWith({0, 0, 0, 0, 0, 4, 0, 2, 'h', 'w'}), "ok");
        Reject(CapwapAcDescriptorElement::TYPE, Prefix(acFixed, 11), "11 bytes");
        Reject(CapwapAcDescriptorElement::TYPE,
               acWith({0, 0, 0, 0, 0, 4, 0, 3, 'h', 'w'}),
               "AC Information overrun");
        Reject(CapwapAcDescriptorElement::TYPE, acWith({0, 0, 0}), "AC Information header cut");
        std::vector<uint8_t> rmac = acFixed;
        rmac[9] = 0;
        Reject(CapwapAcDescriptorElement::TYPE, rmac, "R-MAC Field 0");

        // WTP Descriptor: Max Radios 1, in use 1, Num Encrypt 1, (1, 0, 0), then descriptors
        auto descriptor =
            [](uint8_t maxRadios, uint8_t inUse, uint8_t numEncrypt, std::vector<uint8_t> rest) {
                std::vector<uint8_t> value = {maxRadios, inUse, numEncrypt, 1, 0, 0};
                value.insert(value.end(), rest.begin(), rest.end());
                return value;
            };
        const std::vector<uint8_t> three = {0, 0, 0, 0,   0, 0, 0, 1, 'a', 0, 0, 0, 0,  0,
                                            1, 0, 1, 'b', 0, 0, 0, 0, 0,   2, 0, 1, 'c'};
        Accept(CapwapWtpDescriptorElement::TYPE, descriptor(1, 1, 1, three), "33 bytes");
        Reject(CapwapWtpDescriptorElement::TYPE,
               Prefix(descriptor(1, 1, 1, three), 32),
               "32 bytes (descriptor cut)");
        Reject(CapwapWtpDescriptorElement::TYPE, descriptor(1, 1, 0, three), "Num Encrypt 0");
        Reject(CapwapWtpDescriptorElement::TYPE,
               descriptor(1, 1, 20, three),
               "Num Encrypt overrun");
        Reject(CapwapWtpDescriptorElement::TYPE, descriptor(1, 2, 1, three), "Radios in use > Max");
        std::vector<uint8_t> overrun = descriptor(1, 1, 1, three);
        overrun[13] = 30; // first Descriptor Length
        Reject(CapwapWtpDescriptorElement::TYPE, overrun, "Descriptor Length overrun");
        std::vector<uint8_t> cut = descriptor(1, 1, 1, three);
        cut.insert(cut.end(), {0, 0, 0, 0, 0});
        Reject(CapwapWtpDescriptorElement::TYPE, cut, "Descriptor header cut");

        // WTP Board Data: Vendor, Model (0), Serial (1)
        const std::vector<uint8_t> board = {0, 0, 0x37, 0x63, 0, 0, 0, 1, 'M', 0, 1, 0, 1, 'S'};
        auto boardWith = [&board](std::vector<uint8_t> rest) {
            std::vector<uint8_t> value = board;
            value.insert(value.end(), rest.begin(), rest.end());
            return value;
        };
        Accept(CapwapWtpBoardDataElement::TYPE, board, "model and serial");
        Reject(CapwapWtpBoardDataElement::TYPE, boardWith({0, 2, 0, 5, 'x'}), "Board ID overrun");
        Reject(CapwapWtpBoardDataElement::TYPE, boardWith({0, 2}), "sub-element header cut");
        Reject(CapwapWtpBoardDataElement::TYPE, boardWith({0, 0, 0, 1, 'N'}), "duplicate Model");
        Reject(CapwapWtpBoardDataElement::TYPE, boardWith({0, 9, 0, 1, 'N'}), "unknown type 9");
        Reject(CapwapWtpBoardDataElement::TYPE, boardWith({0, 4, 0, 1, 'N'}), "Base MAC of 1 byte");
        Reject(CapwapWtpBoardDataElement::TYPE, boardWith({0, 2, 0, 0}), "empty Board ID");
        Reject(CapwapWtpBoardDataElement::TYPE,
               {0, 0, 0x37, 0x63, 0, 0, 0, 1, 'M', 0, 3, 0, 1, 'R'},
               "no Serial Number");

        // Vendor Specific Payload: 7..2054
        Reject(CapwapVendorSpecificPayloadElement::TYPE, {0, 0, 0, 9, 0, 1}, "no Data");
        Reject(CapwapVendorSpecificPayloadElement::TYPE,
               std::vector<uint8_t>(2055, 1),
               "2049 bytes of Data");

        // IEEE 802.11 Information Element: the 802.11 element must fill the rest exactly
        Reject(Ieee80211InformationElement::TYPE,
               {1, 1, 0x80, 0x30, 0x05, 0x01},
               "IE Length 5, 1 byte");
        Reject(Ieee80211InformationElement::TYPE,
               {1, 1, 0x80, 0x30, 0x00, 0x01},
               "IE trailing byte");
        Reject(Ieee80211InformationElement::TYPE, {1, 1, 0x80, 0x30}, "IE without Length");

        // IEEE 802.11 Station: 14..139 bytes
        std::vector<uint8_t> station = {1, 0, 1, 0, 2, 0, 0, 0, 0, 7, 0, 0, 1};
        Reject(Ieee80211StationElement::TYPE, station, "no Supported Rates");
        station.resize(13 + 127, 0x82);
        Reject(Ieee80211StationElement::TYPE, station, "127 rates");
        station.resize(13 + 126);
        Accept(Ieee80211StationElement::TYPE, station, "126 rates");

        // Station Session Key: >= 25
        Reject(Ieee80211StationSessionKeyElement::TYPE, std::vector<uint8_t>(24, 0), "24 bytes");
        Accept(Ieee80211StationSessionKeyElement::TYPE, std::vector<uint8_t>(25, 0), "25 bytes");

        // Supported Rates: 3..9
        Reject(Ieee80211SupportedRatesElement::TYPE, {1, 0x82}, "one rate");
        Reject(Ieee80211SupportedRatesElement::TYPE,
               {1, 2, 4, 11, 22, 12, 18, 24, 36, 48},
               "nine rates");
        Accept(Ieee80211SupportedRatesElement::TYPE,
               {1, 2, 4, 11, 22, 12, 18, 24, 36},
               "eight rates");
    }
};

/// Data channel validation.
class DataValidationTestCase : public TestCase
{
  public:
    DataValidationTestCase()
        : TestCase("malformed keep-alives and data frames are rejected")
    {
    }

  private:
    /**
     * \param bytes an image the data decoder must reject
     * \param what description
     */
    void Reject(const std::vector<uint8_t>& bytes, const std::string& what)
    {
        std::string why;
        CapwapDataMessage data;
        NS_TEST_EXPECT_MSG_EQ(CapwapDataMessage::Decode(bytes, data, why), false, what);
        NS_TEST_EXPECT_MSG_EQ(why.empty(), false, what << ": reason");
    }

    void DoRun() override
    {
        const std::vector<uint8_t> keepAlive =
            CapwapDataMessage::CreateKeepAlive(SessionId()).Encode();
        std::string why;
        CapwapDataMessage data;
        NS_TEST_ASSERT_MSG_EQ(CapwapDataMessage::Decode(keepAlive, data, why), true, why);
        NS_TEST_ASSERT_MSG_EQ(keepAlive.size(), 30u, "keep-alive size");

        std::vector<uint8_t> bytes = keepAlive;
        bytes[9] = 23;
        Reject(bytes, "keep-alive length one too large");
        bytes[9] = 21;
        Reject(bytes, "keep-alive length one too small");
        bytes[9] = 30;
        Reject(bytes, "keep-alive length counting the CAPWAP header");
        bytes[9] = 20;
        Reject(bytes, "keep-alive length without its own 2 bytes");
        bytes = keepAlive;
        bytes[13] = 15; // Session ID Length 15, element list now inconsistent
        Reject(bytes, "Session ID length 15");
        bytes = keepAlive;
        bytes[3] |= 0x01; // a reserved flag bit is ignored
        NS_TEST_EXPECT_MSG_EQ(CapwapDataMessage::Decode(bytes, data, why), true, why);
        bytes = keepAlive;
        bytes[2] |= 0x01; // T
        Reject(bytes, "keep-alive with T");
        bytes = keepAlive;
        bytes[3] |= 0x80; // F
        Reject(bytes, "fragmented keep-alive");
        // Keep-alive carrying a Result Code instead of a Session ID
        Reject({0x00, 0x10, 0x02, 0x08, 0, 0, 0, 0, 0x00, 0x0a, 0x00, 0x21, 0x00, 0x04, 0, 0, 0, 0},
               "keep-alive without Session ID");
        // Keep-alive with a 15-byte Session ID, consistent lengths
        std::vector<uint8_t> shortId =
            {0x00, 0x10, 0x02, 0x08, 0, 0, 0, 0, 0x00, 0x15, 0x00, 0x23, 0x00, 0x0f};
        shortId.resize(8 + 0x15, 0xab);
        Reject(shortId, "15-byte Session ID");
        Reject({0x00, 0x10, 0x02, 0x08, 0, 0, 0, 0, 0x00, 0x02}, "keep-alive without elements");

        // Data frames
        Reject({0x00, 0x10, 0x43, 0x00, 0, 0, 0, 0}, "802.11 frame without payload");
        Reject({0x00, 0x10, 0x47, 0x00, 0, 0, 0, 0, 0x08, 0x01}, "native frame of WBID 3");
        Reject({0x01, 0x10, 0x43, 0x00, 0, 0, 0, 0, 0x08, 0x01},
               "DTLS preamble on the data channel");
        Reject({0x00, 0x10, 0x43, 0x80, 0, 0, 0, 0, 0x08, 0x01}, "fragment");
        NS_TEST_EXPECT_MSG_EQ(
            CapwapDataMessage::Decode({0x00, 0x10, 0x43, 0x00, 0, 0, 0, 0, 0x08, 0x01}, data, why),
            true,
            "a 2-byte payload is a frame: " << why);
    }
};

/// Random corruption never crashes and is either decoded or rejected with a reason.
class FuzzTestCase : public TestCase
{
  public:
    FuzzTestCase()
        : TestCase("random byte flips and truncations are decoded or rejected, never crash")
    {
    }

  private:
    void DoRun() override
    {
        std::vector<std::vector<uint8_t>> control;
        for (const auto& message : ValidControlMessages())
        {
            control.push_back(message.Encode());
        }
        std::vector<std::vector<uint8_t>> data;
        for (const auto& message : ValidDataMessages())
        {
            data.push_back(message.Encode());
        }
        std::mt19937 rng(5415);
        std::size_t accepted = 0;
        std::size_t rejected = 0;
        std::size_t elementsRejected = 0;
        for (int iteration = 0; iteration < 6000; ++iteration)
        {
            const bool isControl = (iteration % 4) != 3;
            const auto& pool = isControl ? control : data;
            std::vector<uint8_t> bytes =
                pool[std::uniform_int_distribution<std::size_t>(0, pool.size() - 1)(rng)];
            const int flips = std::uniform_int_distribution<int>(1, 4)(rng);
            for (int i = 0; i < flips; ++i)
            {
                const std::size_t at =
                    std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(rng);
                bytes[at] ^= static_cast<uint8_t>(std::uniform_int_distribution<int>(1, 255)(rng));
            }
            if (std::uniform_int_distribution<int>(0, 7)(rng) == 0)
            {
                bytes.resize(std::uniform_int_distribution<std::size_t>(0, bytes.size())(rng));
            }
            std::string why;
            if (isControl)
            {
                CapwapControlMessage message;
                if (CapwapControlMessage::Decode(bytes, message, why))
                {
                    ++accepted;
                    for (const auto& element : message.GetElements())
                    {
                        why.clear();
                        if (!DecodeTyped(element, why))
                        {
                            ++elementsRejected;
                            NS_TEST_EXPECT_MSG_EQ(why.empty(), false, "element reason");
                        }
                    }
                    // A decoded message encodes again and decodes to the same elements.
                    CapwapControlMessage again;
                    NS_TEST_EXPECT_MSG_EQ(
                        CapwapControlMessage::Decode(message.Encode(), again, why),
                        true,
                        "re-encoded message: " << why);
                    NS_TEST_EXPECT_MSG_EQ((again.GetElements() == message.GetElements()),
                                          true,
                                          "same elements");
                }
                else
                {
                    ++rejected;
                    NS_TEST_EXPECT_MSG_EQ(why.empty(), false, "a reason is given");
                }
            }
            else
            {
                CapwapDataMessage message;
                if (CapwapDataMessage::Decode(bytes, message, why))
                {
                    ++accepted;
                    CapwapDataMessage again;
                    NS_TEST_EXPECT_MSG_EQ(CapwapDataMessage::Decode(message.Encode(), again, why),
                                          true,
                                          "re-encoded data message: " << why);
                }
                else
                {
                    ++rejected;
                    NS_TEST_EXPECT_MSG_EQ(why.empty(), false, "a reason is given");
                }
            }
        }
        // Both outcomes occur: corruption of element values is often still well-formed at the
        // message level, while corruption of lengths and headers must be caught.
        NS_TEST_EXPECT_MSG_GT(accepted, 100u, "some corrupted messages are still well-formed");
        NS_TEST_EXPECT_MSG_GT(rejected, 1000u, "most corruptions are rejected");
        NS_TEST_EXPECT_MSG_GT(elementsRejected, 100u, "typed decoders reject corrupted values");
    }
};

/// The suite.
class CapwapDecoderTestSuite : public TestSuite
{
  public:
    CapwapDecoderTestSuite()
        : TestSuite("wlc-capwap-decoder", WLC_TEST_UNIT)
    {
        AddTestCase(new TruncationTestCase, WLC_TEST_QUICK);
        AddTestCase(new HeaderValidationTestCase, WLC_TEST_QUICK);
        AddTestCase(new ControlValidationTestCase, WLC_TEST_QUICK);
        AddTestCase(new ElementValidationTestCase, WLC_TEST_QUICK);
        AddTestCase(new DataValidationTestCase, WLC_TEST_QUICK);
        AddTestCase(new FuzzTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
CapwapDecoderTestSuite g_capwapDecoderTestSuite;

} // namespace
} // namespace ns3
