/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wpa-handshake-result.h"

#include "ft-crypto.h"
#include "wpa-crypto.h"

#include "ns3/abort.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"

#include <cstdio>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WpaHandshakeResult");

std::string
WpaHandshakeActionName(WpaHandshakeAction action)
{
    switch (action)
    {
    case WpaHandshakeAction::SEND:
        return "SEND";
    case WpaHandshakeAction::COMPLETED:
        return "COMPLETED";
    case WpaHandshakeAction::IGNORED:
        return "IGNORED";
    case WpaHandshakeAction::FAILED:
        return "FAILED";
    }
    return "?";
}

std::string
WpaFrameRecord::ToString() const
{
    return std::string(transmitted ? "TX " : "RX ") + EapolKeyFrame::MessageName(message) +
           " rc=" + std::to_string(replayCounter) + " " + std::to_string(size) + "B " + outcome;
}

const WpaFrameRecord&
WpaHandshakeLog::Sent(EapolKeyFrame::HandshakeMessage message, uint64_t counter, std::size_t size)
{
    WpaFrameRecord record;
    record.transmitted = true;
    record.message = message;
    record.replayCounter = counter;
    record.size = size;
    record.outcome = "sent";
    m_records.push_back(record);
    return m_records.back();
}

WpaHandshakeResult
WpaHandshakeLog::Received(EapolKeyFrame::HandshakeMessage message,
                          uint64_t counter,
                          std::size_t size,
                          WpaHandshakeAction action,
                          const std::string& reason)
{
    bool rejected = action == WpaHandshakeAction::IGNORED || action == WpaHandshakeAction::FAILED;
    WpaFrameRecord record;
    record.transmitted = false;
    record.message = message;
    record.replayCounter = counter;
    record.size = size;
    if (action == WpaHandshakeAction::IGNORED)
    {
        record.outcome = "ignored: " + reason;
    }
    else if (action == WpaHandshakeAction::FAILED)
    {
        record.outcome = "failed: " + reason;
    }
    else
    {
        record.outcome = reason.empty() ? "accepted" : "accepted (" + reason + ")";
    }
    m_records.push_back(record);
    WpaHandshakeResult result;
    result.action = action;
    if (rejected)
    {
        m_lastError = reason;
        result.reason = reason;
    }
    return result;
}

const WpaFrameRecord&
WpaHandshakeLog::GetLast() const
{
    NS_ABORT_MSG_IF(m_records.empty(), "no frame was recorded");
    return m_records.back();
}

void
WpaHandshakeLog::SetLastError(const std::string& reason)
{
    m_lastError = reason;
}

const std::string&
WpaHandshakeLog::GetLastError() const
{
    return m_lastError;
}

const std::vector<WpaFrameRecord>&
WpaHandshakeLog::GetRecords() const
{
    return m_records;
}

std::string
WpaCheckDescriptorVersion(const EapolKeyFrame& key)
{
    if (key.GetDescriptorVersion() == EapolKeyFrame::VERSION_HMAC_SHA1_AES)
    {
        return "";
    }
    return "key descriptor version " + std::to_string(key.GetDescriptorVersion()) +
           " not supported (expected 2)";
}

bool
WpaMicIsValid(const std::vector<uint8_t>& kck, const EapolFrame& eapol, const EapolKeyFrame& key)
{
    return WpaCrypto::ConstantTimeEqual(WpaCrypto::EapolKeyMic(kck, EapolKeyFrame::MicInput(eapol)),
                                        key.GetMic());
}

std::string
WpaCheckDescriptorVersion(const EapolKeyFrame& key, uint8_t expected)
{
    if (key.GetDescriptorVersion() == expected)
    {
        return "";
    }
    return "key descriptor version " + std::to_string(key.GetDescriptorVersion()) +
           " not supported (expected " + std::to_string(expected) + ")";
}

std::vector<uint8_t>
WpaKeyMic(uint8_t version,
          const std::vector<uint8_t>& kck,
          const std::vector<uint8_t>& eapolWithZeroMic)
{
    if (version == EapolKeyFrame::VERSION_AES_CMAC)
    {
        return FtCrypto::EapolKeyMicCmac(kck, eapolWithZeroMic);
    }
    NS_ABORT_MSG_IF(version != EapolKeyFrame::VERSION_HMAC_SHA1_AES,
                    "no MIC algorithm for key descriptor version " << unsigned(version));
    return WpaCrypto::EapolKeyMic(kck, eapolWithZeroMic);
}

bool
WpaMicIsValid(uint8_t version,
              const std::vector<uint8_t>& kck,
              const EapolFrame& eapol,
              const EapolKeyFrame& key)
{
    return WpaCrypto::ConstantTimeEqual(WpaKeyMic(version, kck, EapolKeyFrame::MicInput(eapol)),
                                        key.GetMic());
}

std::vector<uint8_t>
WpaFtParams::EncodeMde() const
{
    MobilityDomainElement mde;
    mde.SetMdid(mdid);
    mde.SetCapabilityPolicy(ftCapability);
    return mde.Encode();
}

std::vector<uint8_t>
WpaFtParams::EncodeFte() const
{
    FastBssTransitionElement fte;
    fte.SetR1khId(r1khId);
    fte.SetR0khId(r0khId);
    return fte.Encode();
}

std::string
WpaFtParams::Check() const
{
    if (pmkR1.size() != FtCrypto::PMK_R1_SIZE)
    {
        return "the PMK-R1 must have 32 bytes";
    }
    if (pmkR1Name.size() != FtCrypto::NAME_SIZE)
    {
        return "the PMKR1Name must have 16 bytes";
    }
    if (r0khId.empty() || r0khId.size() > FtCrypto::MAX_R0KH_ID_SIZE)
    {
        return "the R0KH-ID must have 1 to 48 bytes";
    }
    return "";
}

std::vector<uint8_t>
WpaFtInsertPmkR1Name(const std::vector<uint8_t>& rsne, const std::vector<uint8_t>& pmkR1Name)
{
    RsnElement element;
    std::string why;
    NS_ABORT_MSG_IF(!RsnElement::Decode(rsne, element, why), "invalid RSN element: " << why);
    NS_ABORT_MSG_IF(pmkR1Name.size() != RsnElement::PMKID_SIZE, "PMKR1Name must have 16 bytes");
    element.SetPmkids({pmkR1Name});
    return element.Encode();
}

namespace
{

/// \param mdid an MDID \return it as 4 hex digits, e.g. "0x0201"
std::string
MdidToString(uint16_t mdid)
{
    char text[8];
    std::snprintf(text, sizeof(text), "0x%04x", mdid);
    return text;
}

/// \param mac an address \return it as text
std::string
MacToString(Mac48Address mac)
{
    std::ostringstream os;
    os << mac;
    return os.str();
}

} // namespace

std::string
WpaFtCheckElements(const RsnKeyData::Contents& contents,
                   const std::vector<uint8_t>& expectedRsne,
                   const WpaFtParams& ft,
                   int message,
                   WpaFtKeyDataElements& found)
{
    const std::string in = " in message " + std::to_string(message);
    found = WpaFtKeyDataElements();
    // RSNE: PMKR1Name (hostapd ft_check_msg_2_of_4, wpa_supplicant ft_validate_rsnie), the rest
    // as the (Re)Association Request's / beacon's (wpa_compare_rsn_ie(ft=1, ...)).
    if (contents.rsnElement.empty())
    {
        return "FT: no RSN IE" + in;
    }
    RsnElement rsne;
    RsnElement expected;
    std::string why;
    if (!RsnElement::Decode(contents.rsnElement, rsne, why))
    {
        return "FT: invalid RSN IE" + in + ": " + why;
    }
    if (!RsnElement::Decode(expectedRsne, expected, why))
    {
        return "FT: invalid reference RSN IE: " + why;
    }
    if (rsne.GetPmkids().size() != 1)
    {
        return "FT: no PMKR1Name" + in + " (RSN IE has " + std::to_string(rsne.GetPmkids().size()) +
               " PMKIDs, expected 1)";
    }
    if (!WpaCrypto::ConstantTimeEqual(rsne.GetPmkids()[0], ft.pmkR1Name))
    {
        return "FT: PMKR1Name mismatch" + in;
    }
    rsne.SetPmkids({});
    expected.SetPmkids({});
    if (!(rsne == expected))
    {
        return message == 2 ? "RSN IE in message 2 differs from association request"
                            : "RSN IE in message 3 differs from the AP's beacon/probe response";
    }
    // MDE (hostapd: MDID; wpa_supplicant ft_validate_mdie: MDID, then the whole element)
    // and FTE (hostapd / wpa_supplicant ft_validate_ftie: the whole element as in the
    // (Re)Association Response), and the Timeout Interval elements of message 3.
    std::vector<uint8_t> mdeBytes;
    std::vector<uint8_t> fteBytes;
    for (const auto& element : contents.other)
    {
        uint8_t id = element[0];
        if (id == MobilityDomainElement::ELEMENT_ID || id == FastBssTransitionElement::ELEMENT_ID)
        {
            std::vector<uint8_t>& slot =
                id == MobilityDomainElement::ELEMENT_ID ? mdeBytes : fteBytes;
            if (!slot.empty())
            {
                return std::string("FT: more than one ") +
                       (id == MobilityDomainElement::ELEMENT_ID ? "MDE" : "FTE") + in;
            }
            slot = element;
        }
        else if (id == WpaFtParams::TIMEOUT_INTERVAL_ELEMENT_ID && message == 3)
        {
            if (element.size() != 2 + 5)
            {
                return "FT: malformed Timeout Interval element" + in;
            }
            uint8_t type = element[2];
            uint32_t value = element[3] | (uint32_t(element[4]) << 8) |
                             (uint32_t(element[5]) << 16) | (uint32_t(element[6]) << 24);
            if (type == WpaFtParams::TIMEOUT_REASSOC_DEADLINE)
            {
                found.hasReassociationDeadline = true;
                found.reassociationDeadlineTu = value;
            }
            else if (type == WpaFtParams::TIMEOUT_KEY_LIFETIME)
            {
                found.hasKeyLifetime = true;
                found.keyLifetimeSeconds = value;
            }
        }
    }
    if (mdeBytes.empty())
    {
        return "FT: no MDE" + in;
    }
    MobilityDomainElement mde;
    if (!MobilityDomainElement::Decode(mdeBytes, mde, why))
    {
        return "FT: invalid MDE" + in + ": " + why;
    }
    if (mde.GetMdid() != ft.mdid)
    {
        return "FT: MDID " + MdidToString(mde.GetMdid()) + in +
               " differs from the mobility domain " + MdidToString(ft.mdid);
    }
    if (mde.GetCapabilityPolicy() != ft.ftCapability)
    {
        return "FT: MDE FT Capability and Policy" + in +
               " differs from the (Re)Association Response's";
    }
    if (fteBytes.empty())
    {
        return "FT: no FTE" + in;
    }
    FastBssTransitionElement fte;
    if (!FastBssTransitionElement::Decode(fteBytes, fte, why))
    {
        return "FT: invalid FTE" + in + ": " + why;
    }
    if (!fte.HasR0khId() || fte.GetR0khId() != ft.r0khId)
    {
        return "FT: R0KH-ID" + in + (fte.HasR0khId() ? " differs from ours" : " missing");
    }
    if (!fte.HasR1khId() || fte.GetR1khId() != ft.r1khId)
    {
        return "FT: R1KH-ID" + in +
               (fte.HasR1khId()
                    ? " " + MacToString(fte.GetR1khId()) + " differs from " + MacToString(ft.r1khId)
                    : std::string(" missing"));
    }
    if (fteBytes != ft.EncodeFte())
    {
        return "FT: FTE" + in + " differs from the (Re)Association Response's";
    }
    if (message == 3 && !found.hasReassociationDeadline)
    {
        return "FT: no Timeout Interval element (reassociation deadline) in message 3";
    }
    return "";
}

} // namespace ns3
