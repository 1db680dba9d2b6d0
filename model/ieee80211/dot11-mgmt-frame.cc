/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "dot11-mgmt-frame.h"

#include "ns3/log.h"

#include <algorithm>
#include <cmath>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcDot11MgmtFrame");

namespace
{

/**
 * Place of an element in a (Re)Association Request (IEEE 802.11-2020 Table 9-35 / 9-37).
 * \param id the Element ID
 * \return a rank; elements are kept in increasing rank
 */
int
ElementRank(uint8_t id)
{
    switch (id)
    {
    case 0: // SSID
        return 1;
    case 1: // Supported Rates
        return 2;
    case 50: // Extended Supported Rates
        return 3;
    case 33: // Power Capability
        return 4;
    case 36: // Supported Channels
        return 5;
    case 48: // RSN
        return 6;
    case 46: // QoS Capability
        return 7;
    case 70: // RM Enabled Capabilities
        return 8;
    case 54: // Mobility Domain
        return 9;
    case 59: // Supported Operating Classes
        return 10;
    case 45: // HT Capabilities
        return 11;
    case 72: // 20/40 BSS Coexistence
        return 12;
    case 127: // Extended Capabilities
        return 13;
    case 89: // QoS Traffic Capability
        return 14;
    case 94: // TIM Broadcast Request
        return 15;
    case 107: // Interworking
        return 16;
    case 191: // VHT Capabilities
        return 20;
    case 199: // Operating Mode Notification
        return 21;
    case 255: // Element ID Extension (HE, EHT, ...)
        return 30;
    case 221: // Vendor Specific
        return 99;
    default:
        return 50;
    }
}

/// \param id an Element ID \return true if at most one element with this ID is allowed
bool
IsUnique(uint8_t id)
{
    return id == Dot11AssocRequest::ELEMENT_SSID ||
           id == Dot11AssocRequest::ELEMENT_SUPPORTED_RATES ||
           id == Dot11AssocRequest::ELEMENT_EXTENDED_SUPPORTED_RATES ||
           id == Dot11AssocRequest::ELEMENT_RSN || id == Dot11AssocRequest::ELEMENT_HT_CAPABILITIES;
}

/**
 * Check the elements with accessors.
 * \param element the element
 * \param why the reason, on failure
 * \return true if the element is well formed
 */
bool
CheckElement(const Dot11InformationElement& element, std::string& why)
{
    std::size_t size = element.body.size();
    switch (element.id)
    {
    case Dot11AssocRequest::ELEMENT_SSID:
        if (size > Dot11AssocRequest::MAX_SSID_SIZE)
        {
            why = "SSID longer than 32 octets";
            return false;
        }
        return true;
    case Dot11AssocRequest::ELEMENT_SUPPORTED_RATES:
        if (size < 1 || size > 8)
        {
            why = "Supported Rates element length " + std::to_string(size) + " not 1-8";
            return false;
        }
        return true;
    case Dot11AssocRequest::ELEMENT_EXTENDED_SUPPORTED_RATES:
        if (size < 1)
        {
            why = "empty Extended Supported Rates element";
            return false;
        }
        return true;
    case Dot11AssocRequest::ELEMENT_RSN:
        if (size < 2)
        {
            why = "RSN element too short";
            return false;
        }
        if ((element.body[0] | (element.body[1] << 8)) != 1)
        {
            why = "unsupported RSN version";
            return false;
        }
        return true;
    case Dot11AssocRequest::ELEMENT_HT_CAPABILITIES:
        if (size != Dot11AssocRequest::HT_CAPABILITIES_SIZE)
        {
            why = "HT Capabilities element length " + std::to_string(size) + " not 26";
            return false;
        }
        return true;
    default:
        return true;
    }
}

} // namespace

Dot11Rate
Dot11Rate::FromMbps(double mbps, bool basic)
{
    Dot11Rate rate;
    auto units = static_cast<long>(std::lround(mbps * 2));
    rate.value = static_cast<uint8_t>(std::clamp(units, 0L, 127L)) | (basic ? 0x80 : 0);
    return rate;
}

double
Dot11Rate::GetMbps() const
{
    return IsMembershipSelector() ? 0.0 : (value & 0x7f) / 2.0;
}

bool
Dot11Rate::IsBasic() const
{
    return (value & 0x80) && !IsMembershipSelector();
}

bool
Dot11Rate::IsMembershipSelector() const
{
    return (value & 0x80) && (value & 0x7f) >= 121;
}

Dot11AssocRequest::Dot11AssocRequest()
    : m_duration(0),
      m_sequenceNumber(0),
      m_fragmentNumber(0),
      m_htControl(0),
      m_capability(0),
      m_listenInterval(0)
{
    m_frameControl.type = Dot11FrameControl::TYPE_MANAGEMENT;
    m_frameControl.subtype = SUBTYPE_ASSOC_REQUEST;
}

Dot11AssocRequest
Dot11AssocRequest::MakeAssociation(Mac48Address bssid,
                                   Mac48Address station,
                                   const std::string& ssid,
                                   const std::vector<Dot11Rate>& rates)
{
    Dot11AssocRequest frame;
    frame.SetAddresses(bssid, station, bssid);
    frame.m_capability = 0x0001; // ESS
    frame.SetSsid(ssid);
    frame.SetRates(rates);
    return frame;
}

Dot11AssocRequest
Dot11AssocRequest::MakeReassociation(Mac48Address bssid,
                                     Mac48Address station,
                                     Mac48Address currentAp,
                                     const std::string& ssid,
                                     const std::vector<Dot11Rate>& rates)
{
    Dot11AssocRequest frame = MakeAssociation(bssid, station, ssid, rates);
    frame.SetReassociation(true, currentAp);
    return frame;
}

void
Dot11AssocRequest::Encode(ByteWriter& writer, bool swapFrameControl, bool appendFcs) const
{
    std::size_t start = writer.GetSize();
    m_frameControl.Encode(writer, swapFrameControl);
    writer.WriteU16Le(m_duration);
    writer.WriteMac(m_addr1);
    writer.WriteMac(m_addr2);
    writer.WriteMac(m_addr3);
    writer.WriteU16Le(((m_sequenceNumber & 0x0fff) << 4) | (m_fragmentNumber & 0x0f));
    if (m_frameControl.order)
    {
        writer.WriteU32Le(m_htControl);
    }
    writer.WriteU16Le(m_capability);
    writer.WriteU16Le(m_listenInterval);
    if (IsReassociation())
    {
        writer.WriteMac(m_currentAp);
    }
    for (const auto& element : m_elements)
    {
        writer.WriteU8(element.id);
        writer.WriteU8(static_cast<uint8_t>(element.body.size()));
        writer.WriteBytes(element.body);
    }
    if (appendFcs)
    {
        // The FCS covers the frame as transmitted: with swapped Frame Control octets it is only
        // meaningful to a receiver that expects them swapped too.
        const std::vector<uint8_t>& bytes = writer.GetBytes();
        uint32_t fcs = ComputeFcs(bytes.data() + start, bytes.size() - start);
        writer.WriteU32Le(fcs);
    }
}

bool
Dot11AssocRequest::Decode(ByteReader& reader,
                          Dot11FcsMode fcs,
                          bool swapFrameControl,
                          Dot11AssocRequest& frame,
                          std::string& why)
{
    frame = Dot11AssocRequest();
    std::vector<uint8_t> mpdu = reader.GetRest();
    reader.Skip(mpdu.size());
    std::size_t size = mpdu.size();
    if (fcs != Dot11FcsMode::ABSENT)
    {
        if (size < HEADER_SIZE + FCS_SIZE)
        {
            why = "truncated 802.11 header";
            return false;
        }
        size -= FCS_SIZE;
        if (fcs == Dot11FcsMode::CHECKED)
        {
            uint32_t carried = mpdu[size] | (mpdu[size + 1] << 8) | (mpdu[size + 2] << 16) |
                               (uint32_t(mpdu[size + 3]) << 24);
            if (carried != ComputeFcs(mpdu.data(), size))
            {
                why = "bad FCS";
                return false;
            }
        }
    }
    ByteReader in(mpdu.data(), size);
    if (in.GetRemaining() < HEADER_SIZE)
    {
        why = "truncated 802.11 header";
        return false;
    }
    Dot11FrameControl& fc = frame.m_frameControl;
    fc.Decode(in, swapFrameControl);
    if (fc.protocolVersion != 0)
    {
        why = "unsupported 802.11 protocol version " + std::to_string(fc.protocolVersion);
        return false;
    }
    if (fc.type != Dot11FrameControl::TYPE_MANAGEMENT)
    {
        why = "not a management frame (type " + std::to_string(fc.type) + ")";
        return false;
    }
    if (fc.subtype != SUBTYPE_ASSOC_REQUEST && fc.subtype != SUBTYPE_REASSOC_REQUEST)
    {
        why = "not a (Re)Association Request (subtype " + std::to_string(fc.subtype) + ")";
        return false;
    }
    if (fc.toDs || fc.fromDs)
    {
        why = "management frame with To DS or From DS set";
        return false;
    }
    if (fc.isProtected)
    {
        why = "protected (Re)Association Request";
        return false;
    }
    frame.m_duration = in.ReadU16Le();
    frame.m_addr1 = in.ReadMac();
    frame.m_addr2 = in.ReadMac();
    frame.m_addr3 = in.ReadMac();
    uint16_t sequenceControl = in.ReadU16Le();
    frame.m_sequenceNumber = sequenceControl >> 4;
    frame.m_fragmentNumber = sequenceControl & 0x0f;
    if (fc.moreFragments || frame.m_fragmentNumber != 0)
    {
        why = "fragmented management frame not supported";
        return false;
    }
    if (fc.order)
    {
        if (in.GetRemaining() < 4)
        {
            why = "truncated HT Control";
            return false;
        }
        frame.m_htControl = in.ReadU32Le();
    }
    std::size_t fixedSize = fc.subtype == SUBTYPE_REASSOC_REQUEST ? 10 : 4;
    if (in.GetRemaining() < fixedSize)
    {
        why = "truncated fixed fields";
        return false;
    }
    frame.m_capability = in.ReadU16Le();
    frame.m_listenInterval = in.ReadU16Le();
    if (fc.subtype == SUBTYPE_REASSOC_REQUEST)
    {
        frame.m_currentAp = in.ReadMac();
    }
    while (in.GetRemaining() > 0)
    {
        if (in.GetRemaining() < 2)
        {
            why = "truncated element header";
            return false;
        }
        Dot11InformationElement element;
        element.id = in.ReadU8();
        uint8_t length = in.ReadU8();
        if (in.GetRemaining() < length)
        {
            why = "element " + std::to_string(element.id) + " overruns the frame body";
            return false;
        }
        element.body = in.ReadBytes(length);
        if (IsUnique(element.id) && frame.FindElement(element.id))
        {
            why = "duplicate element " + std::to_string(element.id);
            return false;
        }
        if (!CheckElement(element, why))
        {
            return false;
        }
        frame.m_elements.push_back(std::move(element));
    }
    if (!frame.FindElement(ELEMENT_SSID))
    {
        why = "missing SSID element";
        return false;
    }
    if (!frame.FindElement(ELEMENT_SUPPORTED_RATES))
    {
        why = "missing Supported Rates element";
        return false;
    }
    if (!in.IsOk())
    {
        why = "truncated frame";
        return false;
    }
    NS_LOG_LOGIC((frame.IsReassociation() ? "reassociation" : "association")
                 << " request from " << frame.m_addr2 << " ssid " << frame.GetSsid());
    return true;
}

uint32_t
Dot11AssocRequest::ComputeFcs(const uint8_t* data, std::size_t size)
{
    uint32_t crc = 0xffffffff;
    for (std::size_t i = 0; i < size; ++i)
    {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit)
        {
            crc = (crc >> 1) ^ ((crc & 1) ? 0xedb88320 : 0);
        }
    }
    return ~crc;
}

bool
Dot11AssocRequest::IsReassociation() const
{
    return m_frameControl.subtype == SUBTYPE_REASSOC_REQUEST;
}

Mac48Address
Dot11AssocRequest::GetCurrentApAddress() const
{
    return IsReassociation() ? m_currentAp : Mac48Address();
}

void
Dot11AssocRequest::SetReassociation(bool reassociation, Mac48Address currentAp)
{
    m_frameControl.subtype = reassociation ? SUBTYPE_REASSOC_REQUEST : SUBTYPE_ASSOC_REQUEST;
    m_currentAp = reassociation ? currentAp : Mac48Address();
}

const Dot11FrameControl&
Dot11AssocRequest::GetFrameControl() const
{
    return m_frameControl;
}

uint16_t
Dot11AssocRequest::GetDuration() const
{
    return m_duration;
}

void
Dot11AssocRequest::SetDuration(uint16_t duration)
{
    m_duration = duration;
}

uint16_t
Dot11AssocRequest::GetSequenceNumber() const
{
    return m_sequenceNumber;
}

void
Dot11AssocRequest::SetSequenceNumber(uint16_t sequence)
{
    m_sequenceNumber = sequence & 0x0fff;
}

void
Dot11AssocRequest::SetRetry(bool retry)
{
    m_frameControl.retry = retry;
}

bool
Dot11AssocRequest::HasHtControl() const
{
    return m_frameControl.order;
}

uint32_t
Dot11AssocRequest::GetHtControl() const
{
    return m_frameControl.order ? m_htControl : 0;
}

Mac48Address
Dot11AssocRequest::GetDestination() const
{
    return m_addr1;
}

Mac48Address
Dot11AssocRequest::GetStation() const
{
    return m_addr2;
}

Mac48Address
Dot11AssocRequest::GetBssid() const
{
    return m_addr3;
}

void
Dot11AssocRequest::SetAddresses(Mac48Address destination, Mac48Address station, Mac48Address bssid)
{
    m_addr1 = destination;
    m_addr2 = station;
    m_addr3 = bssid;
}

uint16_t
Dot11AssocRequest::GetCapabilityInformation() const
{
    return m_capability;
}

void
Dot11AssocRequest::SetCapabilityInformation(uint16_t capability)
{
    m_capability = capability;
}

uint16_t
Dot11AssocRequest::GetListenInterval() const
{
    return m_listenInterval;
}

void
Dot11AssocRequest::SetListenInterval(uint16_t interval)
{
    m_listenInterval = interval;
}

std::string
Dot11AssocRequest::GetSsid() const
{
    const Dot11InformationElement* element = FindElement(ELEMENT_SSID);
    return element ? std::string(element->body.begin(), element->body.end()) : std::string();
}

bool
Dot11AssocRequest::SetSsid(const std::string& ssid)
{
    std::size_t size = std::min(ssid.size(), MAX_SSID_SIZE);
    SetElement({ELEMENT_SSID, std::vector<uint8_t>(ssid.begin(), ssid.begin() + size)});
    return size == ssid.size();
}

std::vector<Dot11Rate>
Dot11AssocRequest::GetRates() const
{
    std::vector<Dot11Rate> rates;
    for (uint8_t id : {ELEMENT_SUPPORTED_RATES, ELEMENT_EXTENDED_SUPPORTED_RATES})
    {
        if (const Dot11InformationElement* element = FindElement(id))
        {
            for (uint8_t value : element->body)
            {
                rates.push_back(Dot11Rate{value});
            }
        }
    }
    return rates;
}

std::vector<double>
Dot11AssocRequest::GetRatesMbps() const
{
    std::vector<double> mbps;
    for (const Dot11Rate& rate : GetRates())
    {
        // ns-3 (3.37 to 3.48) writes its HT BSS membership selector as 0x00: leave it out too
        if (!rate.IsMembershipSelector() && (rate.value & 0x7f) != 0)
        {
            mbps.push_back(rate.GetMbps());
        }
    }
    return mbps;
}

bool
Dot11AssocRequest::SetRates(const std::vector<Dot11Rate>& rates)
{
    if (rates.empty() || rates.size() > 8 + 255)
    {
        return false;
    }
    Dot11InformationElement supported{ELEMENT_SUPPORTED_RATES, {}};
    Dot11InformationElement extended{ELEMENT_EXTENDED_SUPPORTED_RATES, {}};
    for (std::size_t i = 0; i < rates.size(); ++i)
    {
        (i < 8 ? supported : extended).body.push_back(rates[i].value);
    }
    SetElement(supported);
    if (extended.body.empty())
    {
        RemoveElement(ELEMENT_EXTENDED_SUPPORTED_RATES);
    }
    else
    {
        SetElement(extended);
    }
    return true;
}

bool
Dot11AssocRequest::HasRsn() const
{
    return FindElement(ELEMENT_RSN) != nullptr;
}

std::vector<uint8_t>
Dot11AssocRequest::GetRsnElement() const
{
    return GetElementBytes(ELEMENT_RSN);
}

std::vector<uint8_t>
Dot11AssocRequest::GetElementBytes(uint8_t id) const
{
    const Dot11InformationElement* element = FindElement(id);
    if (!element)
    {
        return {};
    }
    std::vector<uint8_t> bytes{id, static_cast<uint8_t>(element->body.size())};
    bytes.insert(bytes.end(), element->body.begin(), element->body.end());
    return bytes;
}

bool
Dot11AssocRequest::SetRsnElement(const std::vector<uint8_t>& element)
{
    if (element.size() < 2 || element[0] != ELEMENT_RSN || element[1] != element.size() - 2)
    {
        return false;
    }
    Dot11InformationElement rsn{ELEMENT_RSN,
                                std::vector<uint8_t>(element.begin() + 2, element.end())};
    std::string why;
    if (!CheckElement(rsn, why))
    {
        return false;
    }
    return SetElement(rsn);
}

bool
Dot11AssocRequest::HasHtCapabilities() const
{
    return FindElement(ELEMENT_HT_CAPABILITIES) != nullptr;
}

std::vector<uint8_t>
Dot11AssocRequest::GetHtCapabilities() const
{
    const Dot11InformationElement* element = FindElement(ELEMENT_HT_CAPABILITIES);
    return element ? element->body : std::vector<uint8_t>();
}

bool
Dot11AssocRequest::SetHtCapabilities(const std::vector<uint8_t>& body)
{
    if (body.size() != HT_CAPABILITIES_SIZE)
    {
        return false;
    }
    return SetElement({ELEMENT_HT_CAPABILITIES, body});
}

const std::vector<Dot11InformationElement>&
Dot11AssocRequest::GetElements() const
{
    return m_elements;
}

const Dot11InformationElement*
Dot11AssocRequest::FindElement(uint8_t id) const
{
    for (const auto& element : m_elements)
    {
        if (element.id == id)
        {
            return &element;
        }
    }
    return nullptr;
}

bool
Dot11AssocRequest::SetElement(const Dot11InformationElement& element)
{
    if (element.body.size() > 255)
    {
        return false;
    }
    for (auto& existing : m_elements)
    {
        if (existing.id == element.id)
        {
            existing.body = element.body;
            return true;
        }
    }
    int rank = ElementRank(element.id);
    auto place = std::find_if(m_elements.begin(), m_elements.end(), [rank](const auto& e) {
        return ElementRank(e.id) > rank;
    });
    m_elements.insert(place, element);
    return true;
}

bool
Dot11AssocRequest::AddElement(const Dot11InformationElement& element)
{
    if (element.body.size() > 255 || (IsUnique(element.id) && FindElement(element.id)))
    {
        return false;
    }
    m_elements.push_back(element);
    return true;
}

void
Dot11AssocRequest::RemoveElement(uint8_t id)
{
    m_elements.erase(std::remove_if(m_elements.begin(),
                                    m_elements.end(),
                                    [id](const auto& e) { return e.id == id; }),
                     m_elements.end());
}

} // namespace ns3
