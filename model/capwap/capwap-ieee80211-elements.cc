/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "capwap-ieee80211-elements.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CapwapIeee80211Elements");

namespace
{

/**
 * \param type the element Type
 * \param radioId a Radio ID
 * \param wlanId a WLAN ID
 * \param why the reason on failure
 * \return true if \p radioId is 1..31 and \p wlanId 1..16
 */
bool
CheckIds(uint16_t type, uint8_t radioId, uint8_t wlanId, std::string& why)
{
    return CapwapMessageElement::CheckRadioId(type, radioId, why) &&
           CapwapMessageElement::CheckRange(wlanId,
                                            1,
                                            capwap::MAX_WLAN_ID,
                                            CapwapMessageElement::FieldName(type, "WLAN ID"),
                                            why);
}

} // namespace

// ---------------------------------------------------------------------------------- Add WLAN

CapwapMessageElement
Ieee80211AddWlanElement::ToElement() const
{
    NS_ABORT_MSG_IF(ssid.empty() || ssid.size() > MAX_SSID,
                    "Add WLAN SSID must be 1..32 bytes, not " << ssid.size());
    NS_ABORT_MSG_IF(key.size() > 0xffff - 20, "Add WLAN Key too long");
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU8(wlanId);
    w.WriteU16(capability);
    w.WriteU8(keyIndex);
    w.WriteU8(keyStatus);
    w.WriteU16(static_cast<uint16_t>(key.size()));
    w.WriteBytes(key);
    w.WriteBytes(groupTsc.data(), groupTsc.size());
    w.WriteU8(qos);
    w.WriteU8(authType);
    w.WriteU8(macMode);
    w.WriteU8(tunnelMode);
    w.WriteU8(suppressSsid);
    w.WriteString(ssid);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211AddWlanElement::FromElement(const CapwapMessageElement& e,
                                     Ieee80211AddWlanElement& out,
                                     std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 20, CapwapMessageElement::MAX_VALUE, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    out.wlanId = r.ReadU8();
    out.capability = r.ReadU16();
    out.keyIndex = r.ReadU8();
    out.keyStatus = r.ReadU8();
    const uint16_t keyLength = r.ReadU16();
    // After the key: Group TSC (6), QoS, Auth Type, MAC Mode, Tunnel Mode, Suppress SSID (5),
    // and an SSID of at least one byte.
    if (keyLength + 6u + 5u + 1u > r.GetRemaining())
    {
        why = "Add WLAN Key Length " + std::to_string(keyLength) + " overruns the element";
        return false;
    }
    out.key = r.ReadBytes(keyLength);
    r.ReadBytes(out.groupTsc.data(), out.groupTsc.size());
    out.qos = r.ReadU8();
    out.authType = r.ReadU8();
    out.macMode = r.ReadU8();
    out.tunnelMode = r.ReadU8();
    out.suppressSsid = r.ReadU8();
    if (r.GetRemaining() > MAX_SSID)
    {
        why = "Add WLAN SSID of " + std::to_string(r.GetRemaining()) + " bytes exceeds 32";
        return false;
    }
    out.ssid = r.ReadString(r.GetRemaining());
    return CheckIds(TYPE, out.radioId, out.wlanId, why) &&
           CapwapMessageElement::CheckRange(out.keyStatus, 0, 3, "Add WLAN Key Status", why) &&
           CapwapMessageElement::CheckRange(out.qos, 0, 3, "Add WLAN QoS", why) &&
           CapwapMessageElement::CheckRange(out.authType, 0, 1, "Add WLAN Auth Type", why) &&
           CapwapMessageElement::CheckRange(out.macMode, 0, 1, "Add WLAN MAC Mode", why) &&
           CapwapMessageElement::CheckRange(out.tunnelMode, 0, 2, "Add WLAN Tunnel Mode", why) &&
           r.IsDone();
}

// ------------------------------------------------------------------------ Assigned WTP BSSID

CapwapMessageElement
Ieee80211AssignedWtpBssidElement::ToElement() const
{
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU8(wlanId);
    w.WriteMac(bssid);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211AssignedWtpBssidElement::FromElement(const CapwapMessageElement& e,
                                              Ieee80211AssignedWtpBssidElement& out,
                                              std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 8, 8, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    out.wlanId = r.ReadU8();
    out.bssid = r.ReadMac();
    return CheckIds(TYPE, out.radioId, out.wlanId, why) && r.IsDone();
}

// ------------------------------------------------------------------------------- Delete WLAN

CapwapMessageElement
Ieee80211DeleteWlanElement::ToElement() const
{
    return CapwapMessageElement(TYPE, {radioId, wlanId});
}

bool
Ieee80211DeleteWlanElement::FromElement(const CapwapMessageElement& e,
                                        Ieee80211DeleteWlanElement& out,
                                        std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 2, 2, why))
    {
        return false;
    }
    out.radioId = e.value[0];
    out.wlanId = e.value[1];
    return CheckIds(TYPE, out.radioId, out.wlanId, why);
}

// ----------------------------------------------------------------------- Information Element

CapwapMessageElement
Ieee80211InformationElement::ToElement() const
{
    NS_ABORT_MSG_IF(informationElement.size() < 2 ||
                        informationElement.size() != 2u + informationElement[1],
                    "IEEE 802.11 Information Element: not one well-formed 802.11 element");
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU8(wlanId);
    w.WriteU8(static_cast<uint8_t>((beacon ? 0x80 : 0) | (probeResponse ? 0x40 : 0)));
    w.WriteBytes(informationElement);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211InformationElement::FromElement(const CapwapMessageElement& e,
                                         Ieee80211InformationElement& out,
                                         std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 4, CapwapMessageElement::MAX_VALUE, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    out.wlanId = r.ReadU8();
    const uint8_t flags = r.ReadU8();
    out.beacon = flags & 0x80;
    out.probeResponse = flags & 0x40;
    out.informationElement = r.ReadBytes(r.GetRemaining());
    if (out.informationElement.size() < 2 ||
        out.informationElement.size() != 2u + out.informationElement[1])
    {
        why = "IEEE 802.11 Information Element: the " +
              std::to_string(out.informationElement.size()) +
              " bytes are not one 802.11 element (ID, Length, body)";
        return false;
    }
    return CheckIds(TYPE, out.radioId, out.wlanId, why) && r.IsDone();
}

// ----------------------------------------------------------------------------------- Station

CapwapMessageElement
Ieee80211StationElement::ToElement() const
{
    NS_ABORT_MSG_IF(supportedRates.empty() || supportedRates.size() > MAX_RATES,
                    "IEEE 802.11 Station needs 1..126 Supported Rates");
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU16(associationId);
    w.WriteU8(flags);
    w.WriteMac(macAddress);
    w.WriteU16(capabilities);
    w.WriteU8(wlanId);
    w.WriteBytes(supportedRates);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211StationElement::FromElement(const CapwapMessageElement& e,
                                     Ieee80211StationElement& out,
                                     std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 14, 13 + MAX_RATES, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    out.associationId = r.ReadU16();
    out.flags = r.ReadU8();
    out.macAddress = r.ReadMac();
    out.capabilities = r.ReadU16();
    out.wlanId = r.ReadU8();
    out.supportedRates = r.ReadBytes(r.GetRemaining());
    return CheckIds(TYPE, out.radioId, out.wlanId, why) && r.IsDone();
}

// ------------------------------------------------------------------------ Station Session Key

CapwapMessageElement
Ieee80211StationSessionKeyElement::ToElement() const
{
    NS_ABORT_MSG_IF(key.size() < 5 || key.size() > 0xffff - 20,
                    "IEEE 802.11 Station Session Key needs a Key of at least 5 bytes");
    ByteWriter w;
    w.WriteMac(macAddress);
    w.WriteU16(static_cast<uint16_t>((akmOnly ? FLAG_A : 0) | (acCrypto ? FLAG_C : 0)));
    w.WriteBytes(pairwiseTsc.data(), pairwiseTsc.size());
    w.WriteBytes(pairwiseRsc.data(), pairwiseRsc.size());
    w.WriteBytes(key);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211StationSessionKeyElement::FromElement(const CapwapMessageElement& e,
                                               Ieee80211StationSessionKeyElement& out,
                                               std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 25, CapwapMessageElement::MAX_VALUE, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.macAddress = r.ReadMac();
    const uint16_t flags = r.ReadU16();
    out.akmOnly = flags & FLAG_A;
    out.acCrypto = flags & FLAG_C;
    r.ReadBytes(out.pairwiseTsc.data(), out.pairwiseTsc.size());
    r.ReadBytes(out.pairwiseRsc.data(), out.pairwiseRsc.size());
    out.key = r.ReadBytes(r.GetRemaining());
    return r.IsDone();
}

// --------------------------------------------------------------------------- Supported Rates

CapwapMessageElement
Ieee80211SupportedRatesElement::ToElement() const
{
    NS_ABORT_MSG_IF(supportedRates.size() < MIN_RATES || supportedRates.size() > MAX_RATES,
                    "IEEE 802.11 Supported Rates needs 2..8 rates");
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteBytes(supportedRates);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211SupportedRatesElement::FromElement(const CapwapMessageElement& e,
                                            Ieee80211SupportedRatesElement& out,
                                            std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 1 + MIN_RATES, 1 + MAX_RATES, why))
    {
        return false;
    }
    out.radioId = e.value[0];
    out.supportedRates.assign(e.value.begin() + 1, e.value.end());
    return CapwapMessageElement::CheckRadioId(TYPE, out.radioId, why);
}

// --------------------------------------------------------------------- WTP Radio Information

CapwapMessageElement
Ieee80211WtpRadioInformationElement::ToElement() const
{
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU32(radioType);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211WtpRadioInformationElement::FromElement(const CapwapMessageElement& e,
                                                 Ieee80211WtpRadioInformationElement& out,
                                                 std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 5, 5, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    out.radioType = r.ReadU32();
    return CapwapMessageElement::CheckRadioId(TYPE, out.radioId, why) && r.IsDone();
}

// ----------------------------------------------------------- Direct Sequence / OFDM Control

CapwapMessageElement
Ieee80211DirectSequenceControlElement::ToElement() const
{
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU8(0); // Reserved
    w.WriteU8(currentChannel);
    w.WriteU8(currentCca);
    w.WriteU32(energyDetectThreshold);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211DirectSequenceControlElement::FromElement(const CapwapMessageElement& e,
                                                   Ieee80211DirectSequenceControlElement& out,
                                                   std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 8, 8, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    r.Skip(1);
    out.currentChannel = r.ReadU8();
    out.currentCca = r.ReadU8();
    out.energyDetectThreshold = r.ReadU32();
    return CapwapMessageElement::CheckRadioId(TYPE, out.radioId, why) && r.IsDone();
}

CapwapMessageElement
Ieee80211OfdmControlElement::ToElement() const
{
    ByteWriter w;
    w.WriteU8(radioId);
    w.WriteU8(0); // Reserved
    w.WriteU8(currentChannel);
    w.WriteU8(bandSupport);
    w.WriteU32(tiThreshold);
    return CapwapMessageElement(TYPE, w.GetBytes());
}

bool
Ieee80211OfdmControlElement::FromElement(const CapwapMessageElement& e,
                                         Ieee80211OfdmControlElement& out,
                                         std::string& why)
{
    if (!CapwapMessageElement::Check(e, TYPE, 8, 8, why))
    {
        return false;
    }
    ByteReader r(e.value);
    out.radioId = r.ReadU8();
    r.Skip(1);
    out.currentChannel = r.ReadU8();
    out.bandSupport = r.ReadU8();
    out.tiThreshold = r.ReadU32();
    return CapwapMessageElement::CheckRadioId(TYPE, out.radioId, why) && r.IsDone();
}

} // namespace ns3
