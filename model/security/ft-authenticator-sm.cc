/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ft-authenticator-sm.h"

#include "rsn-element.h"

#include "ns3/abort.h"
#include "ns3/byte-reader.h"
#include "ns3/fast-bss-transition-element.h"
#include "ns3/ft-authentication-frame.h"
#include "ns3/log.h"
#include "ns3/mobility-domain-element.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("FtAuthenticatorSm");

FtAuthenticatorSm::FtAuthenticatorSm(const Config& config)
    : m_config(config),
      m_state(State::WAIT_AUTH)
{
    NS_ABORT_MSG_IF(config.pmkR0.size() != FtCrypto::PMK_R0_SIZE, "PMK-R0 must have 32 octets");
    NS_ABORT_MSG_IF(config.pmkR0Name.size() != FtCrypto::NAME_SIZE,
                    "PMKR0Name must have 16 octets");
    NS_ABORT_MSG_IF(config.r0khId.empty() || config.r0khId.size() > FtCrypto::MAX_R0KH_ID_SIZE,
                    "R0KH-ID must have 1 to 48 octets");
    NS_ABORT_MSG_IF(config.akm != RsnElement::AKM_FT_PSK && config.akm != RsnElement::AKM_FT_8021X,
                    "the AKM must be 00-0F-AC:3 or 00-0F-AC:4");
    NS_ABORT_MSG_IF(config.anonce.size() != FastBssTransitionElement::NONCE_SIZE,
                    "ANonce must have 32 octets");
    NS_ABORT_MSG_IF(config.gtk.size() < 16 || config.gtk.size() > RsnKeyData::MAX_GTK_SIZE,
                    "the GTK must have 16 to 32 octets");
    NS_ABORT_MSG_IF(config.gtkKeyId > 3, "the GTK Key ID is 0 to 3");
    m_pmkR1 =
        FtCrypto::DerivePmkR1(config.pmkR0, config.pmkR0Name, config.bssid, config.staAddress);
}

bool
FtAuthenticatorSm::FindFtElements(const std::vector<uint8_t>& elements,
                                  FtElements& found,
                                  std::string& why)
{
    FtElements result;
    ByteReader reader(elements);
    while (reader.IsOk() && !reader.IsDone())
    {
        std::size_t start = reader.GetOffset();
        uint8_t id = reader.ReadU8();
        uint8_t length = reader.ReadU8();
        if (!reader.IsOk() || reader.GetRemaining() < length)
        {
            why = "element at offset " + std::to_string(start) + " runs past the end";
            return false;
        }
        reader.Skip(length);
        std::vector<uint8_t> whole(elements.begin() + start, elements.begin() + start + 2 + length);
        std::vector<uint8_t>* slot = nullptr;
        const char* name = "";
        switch (id)
        {
        case RsnElement::ELEMENT_ID:
            slot = &result.rsne;
            name = "RSNE";
            break;
        case MobilityDomainElement::ELEMENT_ID:
            slot = &result.mde;
            name = "MDE";
            break;
        case FastBssTransitionElement::ELEMENT_ID:
            slot = &result.fte;
            name = "FTE";
            break;
        default:
            break;
        }
        if (slot)
        {
            if (!slot->empty())
            {
                why = std::string("two ") + name + "s";
                return false;
            }
            *slot = whole;
        }
    }
    if (!reader.IsOk())
    {
        why = "elements truncated";
        return false;
    }
    if (result.rsne.empty() || result.mde.empty() || result.fte.empty())
    {
        why = result.rsne.empty() ? "no RSNE" : (result.mde.empty() ? "no MDE" : "no FTE");
        return false;
    }
    found = result;
    return true;
}

std::vector<uint8_t>
FtAuthenticatorSm::EncodeFtRsne(uint32_t akm, const std::vector<uint8_t>& pmkid)
{
    RsnElement rsne;
    rsne.SetGroupCipher(RsnElement::CIPHER_CCMP);
    rsne.SetPairwiseCiphers({RsnElement::CIPHER_CCMP});
    rsne.SetAkmSuites({akm});
    rsne.SetCapabilities(0);
    rsne.SetPmkids({pmkid});
    return rsne.Encode();
}

std::vector<uint8_t>
FtAuthenticatorSm::EncodeRsne() const
{
    return EncodeFtRsne(m_config.akm, m_pmkR1.name);
}

FtAuthenticatorSm::Result
FtAuthenticatorSm::Refuse(uint16_t status, const std::string& reason)
{
    NS_LOG_FUNCTION(this << status << reason);
    FtAuthenticationFrame frame;
    frame.SetTransactionSequence(FtAuthenticationFrame::SEQ_RESPONSE);
    frame.SetStatusCode(status);
    Result result;
    result.action = Result::Action::SEND;
    result.authBody = frame.Encode();
    result.status = status;
    result.reason = reason;
    return result;
}

FtAuthenticatorSm::Result
FtAuthenticatorSm::Fail(uint16_t status, const std::string& reason)
{
    NS_LOG_FUNCTION(this << status << reason);
    m_state = State::FAILED;
    Result result;
    result.action = Result::Action::FAILED;
    result.status = status;
    result.reason = reason;
    return result;
}

FtAuthenticatorSm::Result
FtAuthenticatorSm::OnAuthenticationRequest(const std::vector<uint8_t>& authBody)
{
    NS_LOG_FUNCTION(this << authBody.size());
    Result ignored;
    if (m_state == State::COMPLETED || m_state == State::FAILED)
    {
        ignored.reason = "FT exchange already ended (" + StateName(m_state) + ")";
        return ignored;
    }
    ByteReader fixed(authBody);
    uint16_t algorithm = fixed.ReadU16Le();
    uint16_t sequence = fixed.ReadU16Le();
    if (!fixed.IsOk())
    {
        ignored.reason = "Authentication body shorter than its fixed fields";
        return ignored;
    }
    if (algorithm != FtAuthenticationFrame::ALGORITHM_FT ||
        sequence != FtAuthenticationFrame::SEQ_REQUEST)
    {
        ignored.reason = "not an FT Authentication Request (algorithm " +
                         std::to_string(algorithm) + ", sequence " + std::to_string(sequence) + ")";
        return ignored;
    }
    FtAuthenticationFrame request;
    std::string why;
    if (!FtAuthenticationFrame::Decode(authBody, request, why))
    {
        return Refuse(STATUS_INVALID_ELEMENT, "malformed Authentication Request: " + why);
    }
    if (!request.HasRsne())
    {
        return Refuse(STATUS_INVALID_ELEMENT, "no RSNE");
    }
    if (!request.HasMde())
    {
        return Refuse(STATUS_INVALID_MDE, "no MDE");
    }
    const MobilityDomainElement& mde = request.GetMde();
    if (mde.GetMdid() != m_config.mdid || mde.GetCapabilityPolicy() != m_config.ftCapability)
    {
        return Refuse(STATUS_INVALID_MDE, "MDE does not match the mobility domain");
    }
    if (!request.HasFte())
    {
        return Refuse(STATUS_INVALID_FTE, "no FTE");
    }
    const FastBssTransitionElement& fte = request.GetFte();
    if (!fte.HasR0khId())
    {
        return Refuse(STATUS_INVALID_FTE, "FTE without R0KH-ID");
    }
    if (fte.GetR0khId() != m_config.r0khId)
    {
        return Refuse(STATUS_INVALID_FTE, "unknown R0KH-ID");
    }
    const RsnElement& rsne = request.GetRsne();
    if (rsne.GetAkmSuites().size() != 1 || rsne.GetAkmSuites()[0] != m_config.akm)
    {
        return Refuse(STATUS_INVALID_AKMP,
                      "RSNE AKM is not " + RsnElement::SuiteToString(m_config.akm));
    }
    if (rsne.GetPairwiseCiphers().size() != 1 ||
        rsne.GetPairwiseCiphers()[0] != RsnElement::CIPHER_CCMP)
    {
        return Refuse(STATUS_INVALID_PAIRWISE, "RSNE pairwise cipher is not CCMP-128 alone");
    }
    if (rsne.GetPmkids().size() != 1)
    {
        return Refuse(STATUS_INVALID_PMKID,
                      "RSNE has " + std::to_string(rsne.GetPmkids().size()) +
                          " PMKIDs (exactly one, PMKR0Name, expected)");
    }
    if (!WpaCrypto::ConstantTimeEqual(rsne.GetPmkids()[0], m_config.pmkR0Name))
    {
        return Refuse(STATUS_INVALID_PMKID, "unknown PMKR0Name");
    }

    m_snonce = fte.GetSNonce();
    m_ptk = FtCrypto::DerivePtk(m_pmkR1.key,
                                m_pmkR1.name,
                                m_snonce,
                                m_config.anonce,
                                m_config.bssid,
                                m_config.staAddress);

    FtAuthenticationFrame response;
    response.SetTransactionSequence(FtAuthenticationFrame::SEQ_RESPONSE);
    response.SetStatusCode(STATUS_SUCCESS);
    // 13.8.3: the second message's RSNE repeats the PMKR0Name of the first (as hostapd and
    // wpa_supplicant do); PMKR1Name is in the Reassociation Request and Response
    RsnElement ourRsne;
    std::string ignoredWhy;
    RsnElement::Decode(EncodeFtRsne(m_config.akm, m_config.pmkR0Name), ourRsne, ignoredWhy);
    response.SetRsne(ourRsne);
    MobilityDomainElement ourMde;
    ourMde.SetMdid(m_config.mdid);
    ourMde.SetCapabilityPolicy(m_config.ftCapability);
    response.SetMde(ourMde);
    FastBssTransitionElement ourFte;
    ourFte.SetANonce(m_config.anonce);
    ourFte.SetSNonce(m_snonce);
    ourFte.SetR1khId(m_config.bssid);
    ourFte.SetR0khId(m_config.r0khId);
    response.SetFte(ourFte);
    FtAuthenticationFrame::TimeoutInterval deadline;
    deadline.type = FtAuthenticationFrame::TIMEOUT_REASSOC_DEADLINE;
    deadline.value = m_config.reassociationDeadlineTu;
    response.SetTimeoutInterval(deadline);

    m_responseElements = BuildResponseElements();
    m_state = State::WAIT_REASSOC;
    Result result;
    result.action = Result::Action::SEND;
    result.responseElements = m_responseElements;
    result.authBody = response.Encode();
    result.status = STATUS_SUCCESS;
    return result;
}

FtAuthenticatorSm::Result
FtAuthenticatorSm::OnReassociationRequest(const std::vector<uint8_t>& elements)
{
    NS_LOG_FUNCTION(this << elements.size());
    if (m_state == State::COMPLETED || m_state == State::FAILED)
    {
        Result ignored;
        ignored.reason = "FT exchange already ended (" + StateName(m_state) + ")";
        return ignored;
    }
    if (m_state == State::WAIT_AUTH)
    {
        Result result;
        result.action = Result::Action::FAILED;
        result.status = STATUS_UNSPECIFIED;
        result.reason = "Reassociation Request before a successful FT authentication";
        return result;
    }
    FtElements found;
    std::string why;
    if (!FindFtElements(elements, found, why))
    {
        return Fail(STATUS_INVALID_ELEMENT, "Reassociation Request: " + why);
    }
    RsnElement rsne;
    if (!RsnElement::Decode(found.rsne, rsne, why))
    {
        return Fail(STATUS_INVALID_ELEMENT, "RSNE: " + why);
    }
    if (rsne.GetAkmSuites().size() != 1 || rsne.GetAkmSuites()[0] != m_config.akm)
    {
        return Fail(STATUS_INVALID_AKMP, "RSNE AKM differs from the FT authentication");
    }
    if (rsne.GetPmkids().size() != 1 ||
        !WpaCrypto::ConstantTimeEqual(rsne.GetPmkids()[0], m_pmkR1.name))
    {
        return Fail(STATUS_INVALID_PMKID, "RSNE does not carry PMKR1Name as its only PMKID");
    }
    MobilityDomainElement mde;
    if (!MobilityDomainElement::Decode(found.mde, mde, why))
    {
        return Fail(STATUS_INVALID_MDE, "MDE: " + why);
    }
    if (mde.GetMdid() != m_config.mdid || mde.GetCapabilityPolicy() != m_config.ftCapability)
    {
        return Fail(STATUS_INVALID_MDE, "MDE does not match the mobility domain");
    }
    FastBssTransitionElement fte;
    if (!FastBssTransitionElement::Decode(found.fte, fte, why))
    {
        return Fail(STATUS_INVALID_FTE, "FTE: " + why);
    }
    if (fte.GetElementCount() != 3)
    {
        return Fail(STATUS_INVALID_FTE,
                    "FTE Element Count " + std::to_string(fte.GetElementCount()) +
                        " (3 expected, RIC is not supported)");
    }
    if (fte.GetANonce() != m_config.anonce)
    {
        return Fail(STATUS_INVALID_FTE, "FTE ANonce differs from the one sent");
    }
    if (fte.GetSNonce() != m_snonce)
    {
        return Fail(STATUS_INVALID_FTE, "FTE SNonce differs from the Authentication Request's");
    }
    if (!fte.HasR0khId() || fte.GetR0khId() != m_config.r0khId)
    {
        return Fail(STATUS_INVALID_FTE, "FTE R0KH-ID missing or different");
    }
    if (!fte.HasR1khId() || fte.GetR1khId() != m_config.bssid)
    {
        return Fail(STATUS_INVALID_FTE, "FTE R1KH-ID missing or not the BSSID");
    }
    std::vector<uint8_t> zeroed;
    if (!FastBssTransitionElement::ZeroMic(found.fte, zeroed, why))
    {
        return Fail(STATUS_INVALID_FTE, "FTE: " + why);
    }
    std::vector<uint8_t> mic = FtCrypto::FtMic(m_ptk.ptk.kck,
                                               m_config.staAddress,
                                               m_config.bssid,
                                               FtCrypto::SEQ_REASSOC_REQUEST,
                                               found.rsne,
                                               found.mde,
                                               zeroed);
    if (!WpaCrypto::ConstantTimeEqual(mic, fte.GetMic()))
    {
        return Fail(STATUS_INVALID_FTE, "FTE MIC mismatch");
    }

    m_state = State::COMPLETED;
    Result result;
    result.action = Result::Action::COMPLETED;
    result.responseElements = m_responseElements;
    result.ptk = m_ptk.ptk;
    result.status = STATUS_SUCCESS;
    return result;
}

std::vector<uint8_t>
FtAuthenticatorSm::BuildResponseElements() const
{
    // Reassociation Response elements (13.8.5). Their MIC covers sequence 6 and the response's
    // own elements only, so they are known as soon as the PTK is.
    std::vector<uint8_t> ourRsne = EncodeRsne();
    MobilityDomainElement ourMde;
    ourMde.SetMdid(m_config.mdid);
    ourMde.SetCapabilityPolicy(m_config.ftCapability);
    std::vector<uint8_t> mdeBytes = ourMde.Encode();

    std::vector<uint8_t> plain = m_config.gtk;
    if (plain.size() % 8 != 0)
    {
        plain.push_back(0xdd);
        while (plain.size() % 8 != 0)
        {
            plain.push_back(0);
        }
    }
    FastBssTransitionElement::Gtk gtk;
    gtk.keyInfo = m_config.gtkKeyId & 0x03;
    gtk.keyLength = static_cast<uint8_t>(m_config.gtk.size());
    for (int i = 0; i < 8; ++i)
    {
        gtk.rsc.push_back(static_cast<uint8_t>(m_config.gtkRsc >> (8 * i)));
    }
    bool wrapped = WpaCrypto::AesKeyWrap(m_ptk.ptk.kek, plain, gtk.wrappedKey);
    NS_ABORT_MSG_IF(!wrapped, "AES Key Wrap of the GTK failed");

    FastBssTransitionElement ourFte;
    ourFte.SetElementCount(3);
    ourFte.SetANonce(m_config.anonce);
    ourFte.SetSNonce(m_snonce);
    ourFte.SetR1khId(m_config.bssid);
    ourFte.SetR0khId(m_config.r0khId);
    ourFte.SetGtk(gtk);
    ourFte.SetMic(FtCrypto::FtMic(m_ptk.ptk.kck,
                                  m_config.staAddress,
                                  m_config.bssid,
                                  FtCrypto::SEQ_REASSOC_RESPONSE,
                                  ourRsne,
                                  mdeBytes,
                                  ourFte.EncodeWithZeroMic()));

    std::vector<uint8_t> elements = ourRsne;
    elements.insert(elements.end(), mdeBytes.begin(), mdeBytes.end());
    std::vector<uint8_t> fteBytes = ourFte.Encode();
    elements.insert(elements.end(), fteBytes.begin(), fteBytes.end());
    return elements;
}

const std::vector<uint8_t>&
FtAuthenticatorSm::GetResponseElements() const
{
    return m_responseElements;
}

FtAuthenticatorSm::State
FtAuthenticatorSm::GetState() const
{
    return m_state;
}

std::string
FtAuthenticatorSm::StateName(State state)
{
    switch (state)
    {
    case State::WAIT_AUTH:
        return "WAIT_AUTH";
    case State::WAIT_REASSOC:
        return "WAIT_REASSOC";
    case State::COMPLETED:
        return "COMPLETED";
    case State::FAILED:
        return "FAILED";
    }
    return "UNKNOWN";
}

std::string
FtAuthenticatorSm::ActionName(Result::Action action)
{
    return WpaHandshakeActionName(action);
}

const WpaCrypto::Ptk&
FtAuthenticatorSm::GetPtk() const
{
    return m_ptk.ptk;
}

const std::vector<uint8_t>&
FtAuthenticatorSm::GetPtkName() const
{
    return m_ptk.name;
}

const std::vector<uint8_t>&
FtAuthenticatorSm::GetPmkR1Name() const
{
    return m_pmkR1.name;
}

const std::vector<uint8_t>&
FtAuthenticatorSm::GetSNonce() const
{
    return m_snonce;
}

} // namespace ns3
